import Foundation

/// A JSON value and its text as the reports print it: pretty, keys sorted by their UTF-8 bytes,
/// slashes unescaped, whole numbers without a fraction, which is what Foundation's `JSONEncoder`
/// writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (a test holds the two
/// together). Written by hand because that encoder's per-value casts and boxes were a tenth of a
/// whole build of the sample.
final class ReportJSON {
    enum Value {
        case null
        case bool(Bool)
        /// A number as printed.
        case number(String)
        case string(String)
        case array([ReportJSON])
        case object([(key: String, value: ReportJSON)])
    }

    var value: Value = .null

    /// `value` as a report prints it.
    static func text(of value: some Encodable) throws -> String {
        String(decoding: try data(of: value), as: UTF8.self)
    }

    /// `value` as a report prints it, in UTF-8.
    static func data(of value: some Encodable) throws -> Data {
        let root = ReportJSON()
        try value.encode(to: ReportJSONEncoder(root))
        var bytes: [UInt8] = []
        root.write(to: &bytes, indent: 0)
        return Data(bytes)
    }

    private func write(to bytes: inout [UInt8], indent: Int) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let bool): bytes.append(contentsOf: (bool ? "true" : "false").utf8)
        case .number(let number): bytes.append(contentsOf: number.utf8)
        case .string(let string): Self.write(string, to: &bytes)
        case .array(let items):
            bytes.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                Self.indent(indent + 2, &bytes)
                item.write(to: &bytes, indent: indent + 2)
            }
            bytes.append(UInt8(ascii: "\n"))
            Self.indent(indent, &bytes)
            bytes.append(UInt8(ascii: "]"))
        case .object(let pairs):
            bytes.append(contentsOf: "{\n".utf8)
            for (index, pair) in pairs.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                Self.indent(indent + 2, &bytes)
                Self.write(pair.key, to: &bytes)
                bytes.append(contentsOf: " : ".utf8)
                pair.value.write(to: &bytes, indent: indent + 2)
            }
            bytes.append(UInt8(ascii: "\n"))
            Self.indent(indent, &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// A floating-point number as Foundation prints it: its shortest form, without a `.0`; NaN and
    /// infinities, which JSON cannot hold, are refused as Foundation refuses them.
    static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F, at codingPath: [any CodingKey]) throws -> Value {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: "\(value) is not a JSON number"))
        }
        let written = value.description
        return .number(written.hasSuffix(".0") ? String(written.dropLast(2)) : written)
    }

    private static func indent(_ count: Int, _ bytes: inout [UInt8]) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// A string literal: quotes, backslashes and control characters escaped, everything else as it
    /// is. All of those are ASCII, and no byte of a longer UTF-8 sequence is, so bytes will do.
    private static func write(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var plainStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default: bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigit(byte >> 4), hexDigit(byte & 0xF)])
                }
                plainStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
