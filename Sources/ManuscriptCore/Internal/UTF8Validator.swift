import Foundation

/// Checks that bytes fed in pieces are UTF-8 as a whole, holding back a character split between pieces.
struct UTF8Validator {
    private var carry: [UInt8] = []
    private(set) var isValid = true

    mutating func feed(_ chunk: Data) {
        guard isValid else { return }
        let bytes = carry + chunk
        var cut = bytes.count
        // The last lead byte among the final four: if its character runs past the end, keep it for later.
        for index in stride(from: bytes.count - 1, through: max(0, bytes.count - 4), by: -1) where bytes[index] & 0xC0 != 0x80 {
            let lead = bytes[index]
            let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if index + length > bytes.count { cut = index }
            break
        }
        isValid = String(validating: bytes[..<cut], as: UTF8.self) != nil
        carry = Array(bytes[cut...])
    }

    /// Whether everything fed was UTF-8, with no character left unfinished.
    mutating func finish() -> Bool { isValid && carry.isEmpty }
}
