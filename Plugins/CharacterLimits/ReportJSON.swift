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
        let root = ReportJSON()
        try value.encode(to: ReportJSONEncoder(root))
        var text = ""
        root.write(to: &text, indent: 0)
        return text
    }

    private func write(to text: inout String, indent: Int) {
        switch value {
        case .null: text += "null"
        case .bool(let bool): text += bool ? "true" : "false"
        case .number(let number): text += number
        case .string(let string): Self.write(string, to: &text)
        case .array(let items):
            text += "[\n"
            for (index, item) in items.enumerated() {
                if index > 0 { text += ",\n" }
                Self.indent(indent + 2, &text)
                item.write(to: &text, indent: indent + 2)
            }
            text += "\n"
            Self.indent(indent, &text)
            text += "]"
        case .object(let pairs):
            text += "{\n"
            for (index, pair) in pairs.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                if index > 0 { text += ",\n" }
                Self.indent(indent + 2, &text)
                Self.write(pair.key, to: &text)
                text += " : "
                pair.value.write(to: &text, indent: indent + 2)
            }
            text += "\n"
            Self.indent(indent, &text)
            text += "}"
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

    private static func indent(_ count: Int, _ text: inout String) {
        text += String(repeating: " ", count: count)
    }

    /// A string literal: quotes, backslashes and control characters escaped, everything else as it is.
    private static func write(_ string: String, to text: inout String) {
        text += "\""
        var plainStart = string.unicodeScalars.startIndex
        for index in string.unicodeScalars.indices {
            let scalar = string.unicodeScalars[index]
            let escaped: String? = switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\u{8}": "\\b"
            case "\u{C}": "\\f"
            case "\u{0}"..."\u{1F}": "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: nil
            }
            guard let escaped else { continue }
            text += String(string.unicodeScalars[plainStart..<index])
            text += escaped
            plainStart = string.unicodeScalars.index(after: index)
        }
        text += String(string.unicodeScalars[plainStart...])
        text += "\""
    }
}
