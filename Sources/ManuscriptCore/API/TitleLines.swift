/// Where a long title breaks when it is printed large: at a phrase boundary (a space, before an
/// opening bracket, after a closing one), never inside a word as 「事業計 / 画」. Word and LibreOffice
/// break Japanese anywhere, so a title wider than its line gets its breaks from here.
public enum TitleLines {
    /// A line shorter than this share of the line would look stranded (「第3章」 alone above its title).
    static let shortestFirstLine = 1.0 / 3

    /// The title's lines for a line `capacity` ems wide: the title whole when it fits or when no
    /// boundary leaves a full enough first line; the space a line breaks at is dropped.
    public static func split(_ title: String, capacity: Double) -> [String] {
        var lines: [String] = []
        var rest = Substring(title)
        while TableText.width(rest) > capacity, let cut = lastBoundary(in: rest, within: capacity) {
            lines.append(String(rest[..<cut.end]))
            rest = rest[cut.next...]
        }
        return lines + [String(rest)]
    }

    /// The last phrase boundary with the line before it fitting `capacity` and filling at least
    /// a third of it: where the line ends and where the next one starts.
    private static func lastBoundary(in text: Substring, within capacity: Double) -> (end: String.Index, next: String.Index)? {
        var found: (end: String.Index, next: String.Index)?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index], after = text.index(after: index)
            var cut: (end: String.Index, next: String.Index)?
            if character == " " || character == "　" {
                cut = (index, after)
            } else if "（「『【〔".contains(character) {
                cut = (index, index)
            } else if "）」』】〕".contains(character), after < text.endIndex, !"（「『【〔）」』】〕、。".contains(text[after]) {
                cut = (after, after)
            }
            // Nothing as short as 「（案）」 goes down to a line of its own.
            if let cut, cut.end > text.startIndex, text[cut.next...].count > 3 {
                let width = TableText.width(text[..<cut.end])
                if width > capacity { break }
                if width >= capacity * shortestFirstLine { found = cut }
            }
            index = after
        }
        return found
    }
}
