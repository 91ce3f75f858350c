/// A piece of running text inside a paragraph, list item, table cell or caption.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case strong([Inline])
    case link(url: String, content: [Inline])
    /// A cross-reference to an element id, written `[[id]]` or `[[id|label]]` in the manuscript.
    case reference(CrossReference)
    case lineBreak
}

extension Inline {
    /// The text a reader sees, without markup.
    public var plainText: String {
        switch self {
        case .text(let text): return text
        case .strong(let content), .link(_, let content): return content.plainText
        case .reference(let reference): return reference.displayText
        case .lineBreak: return "\n"
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader sees, without markup.
    public var plainText: String { map(\.plainText).joined() }
}
