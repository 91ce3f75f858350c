import Foundation

/// Writes black-and-white images as PNG (1-bit greyscale). The image data is zlib-wrapped with
/// stored (uncompressed) deflate blocks: QR images are a few kilobytes, and the DOCX and EPUB
/// containers compress them anyway.
enum PNGEncoder {
    /// An image of square cells, `scale` pixels a side: `isBlack(column, row)` says which cells are
    /// black. Each row of cells is packed once and repeated: a QR image is 8 pixels a module.
    static func encode(columns: Int, rows: Int, scale: Int, isBlack: (Int, Int) -> Bool) -> Data {
        let width = columns * scale
        let rowBytes = (width + 7) / 8
        var raw = [UInt8]()
        raw.reserveCapacity((rowBytes + 1) * rows * scale)
        var line = [UInt8](repeating: 0, count: rowBytes + 1)  // filter type 0 (none), then the pixels
        for row in 0..<rows {
            for i in line.indices.dropFirst() { line[i] = 0 }
            for column in 0..<columns where !isBlack(column, row) {
                // In 1-bit greyscale, 1 is white.
                for x in column * scale..<(column + 1) * scale { line[1 + x / 8] |= 0x80 >> UInt8(x % 8) }
            }
            for _ in 0..<scale { raw += line }
        }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(rows * scale))
        header.append(contentsOf: [1, 0, 0, 0, 0])  // bit depth 1, greyscale, deflate, adaptive filter, no interlace
        png.appendChunk("IHDR", header)
        png.appendChunk("IDAT", zlibStored(raw))
        png.appendChunk("IEND", Data())
        return png
    }

    private static func zlibStored(_ bytes: [UInt8]) -> Data {
        var data = Data([0x78, 0x01])
        var offset = 0
        repeat {
            let count = min(65_535, bytes.count - offset)
            let isLast = offset + count == bytes.count
            data.append(isLast ? 1 : 0)
            data.append(UInt8(count & 0xFF)); data.append(UInt8(count >> 8))
            data.append(UInt8(~count & 0xFF)); data.append(UInt8((~count >> 8) & 0xFF))
            data.append(contentsOf: bytes[offset..<offset + count])
            offset += count
        } while offset < bytes.count
        data.appendBigEndian(adler32(bytes))
        return data
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                // 5,552 bytes is the most that can be summed before b could overflow 32 bits.
                let end = min(start + 5_552, buffer.count)
                for i in start..<end {
                    a &+= UInt32(buffer[i])
                    b &+= a
                }
                a %= 65_521
                b %= 65_521
                start = end
            }
        }
        return b << 16 | a
    }

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: Data) -> UInt32 {
        var crc = UInt32.max
        crcTable.withUnsafeBufferPointer { table in
            bytes.withUnsafeBytes { buffer in
                for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            }
        }
        return ~crc
    }
}

private extension Data {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }

    mutating func appendChunk(_ type: String, _ body: Data) {
        appendBigEndian(UInt32(body.count))
        let typed = Data(type.utf8) + body
        append(typed)
        appendBigEndian(PNGEncoder.crc32(typed))
    }
}
