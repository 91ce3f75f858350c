extension String {
    /// The text escaped for XML content and attribute values.
    ///
    /// Characters XML 1.0 cannot carry at all (C0 controls other than tab and line ends, U+FFFE and
    /// U+FFFF) are dropped; the loader already rejects them in manuscripts, but external stages may
    /// still produce them. Works on the UTF-8 bytes: every byte that matters is ASCII or starts
    /// U+FFFE/U+FFFF (EF BF BE/BF), and most text has none of them, so it is returned as it is.
    public var xmlEscaped: String {
        var text = self
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: Self.mayNeedEscaping) else { return self }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            result.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): result.append(contentsOf: "&apos;".utf8)
                case 0x09, 0x0A, 0x0D: result.append(byte)
                case 0x00..<0x20: continue
                case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && (bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF):
                    index += 2
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20: true
        default: false
        }
    }
}
