/// Whether a line of a table cell (trimmed of spaces) is a number as tables print them: an optional
/// sign or 約/計, digits with , and . inside, an optional unit or 人/…, an optional note in （）:
/// 「1,234人」「約3割」「▲12.5%」「30人/日」「12（見込み）」. The same lines as the regular expression
///
///     ^(約|計|▲|△|[+＋−－-])?[0-9０-９][0-9０-９,，.．]*(UNITS|人/[^\s]+)?(（[^）]*）)?$
///
/// (``TableText/units``), matched by hand: compiling it through ICU cost every run a few
/// milliseconds, a tenth of the sample's build (NumberCellTests compares the two).
enum NumberCell {
    static func matches(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        if body(scalars[...]) { return true }
        // `$` also matches before a line terminator that ends the text.
        if scalars.count >= 2 && scalars[scalars.count - 2] == "\r" && scalars[scalars.count - 1] == "\n" && body(scalars.dropLast(2)) {
            return true
        }
        if let last = scalars.last, lineTerminators.contains(last) { return body(scalars.dropLast()) }
        return false
    }

    private static let lineTerminators: Set<Unicode.Scalar> = ["\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
    private static let prefixes: Set<Unicode.Scalar> = ["約", "計", "▲", "△", "+", "＋", "−", "－", "-"]
    private static let separators: Set<Unicode.Scalar> = [",", "，", ".", "．"]
    private static let units = TableText.units.map { Array($0.unicodeScalars) }

    /// The whole of `text` against the pattern without its `$`. Each part but the unit is
    /// deterministic: a prefix is no digit, and neither a unit nor a note starts with a digit or
    /// separator, so the digits run as far as they go.
    private static func body(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = text.startIndex
        if index < text.endIndex && prefixes.contains(text[index]) { index += 1 }
        guard index < text.endIndex && isDigit(text[index]) else { return false }
        index += 1
        while index < text.endIndex && (isDigit(text[index]) || separators.contains(text[index])) { index += 1 }
        let rest = text[index...]
        if isNote(rest) { return true }
        if units.contains(where: { rest.starts(with: $0) && isNote(rest.dropFirst($0.count)) }) { return true }
        guard rest.starts(with: ["人", "/"]) else { return false }
        // 人/ and at least one non-space, giving back as many as a note after it needs.
        let after = rest.dropFirst(2)
        var end = after.startIndex
        while end < after.endIndex && !isSpace(after[end]) { end += 1 }
        return (after.startIndex + 1..<end + 1).contains { isNote(after[$0...]) }
    }

    /// Nothing, or （…） with no ） inside.
    private static func isNote(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = text.first else { return true }
        return first == "（" && text.count >= 2 && text.last == "）" && !text.dropFirst().dropLast().contains("）")
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// ICU's `\s`: the White_Space property (with the vertical tab and U+0085, not only `[\t\n\f\r\p{Z}]`).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
}
