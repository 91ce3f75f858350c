import Foundation

/// Reads the pixel size from a PNG or JPEG header, so writers can lay images out without decoding them.
enum ImageHeader {
    /// How much of the file the header search looks at: a JPEG's frame size may follow long EXIF data.
    static let bytesRead = 1 << 20

    static func size(of data: Data) -> (width: Int, height: Int)? {
        let b = [UInt8](data.prefix(bytesRead))
        if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return (bigEndian(b, 16, 4), bigEndian(b, 20, 4))
        }
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            let length = bigEndian(b, i + 2, 2)
            // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (bigEndian(b, i + 7, 2), bigEndian(b, i + 5, 2))
            }
            i += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ b: [UInt8], _ offset: Int, _ count: Int) -> Int {
        (0..<count).reduce(0) { $0 << 8 | Int(b[offset + $1]) }
    }
}
