/// A piece of running text inside a paragraph, list item, table cell or caption.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case strong([Inline])
    case link(url: String, content: [Inline])
    /// A cross-reference to an element id, written `[[id]]` or `[[id|label]]` in the manuscript.
    case reference(CrossReference)
    /// Text with a note (glossary definitions), shown as a footnote.
    case footnote(Footnote)
    /// An explicit glossary term, `{{term}}`, for the glossary stage to link.
    case term(TermMark)
    case lineBreak
    /// Text that differs from another edition, underlined (傍線) as 新旧対照表 mark changes.
    case changed([Inline])
    /// A small image in the line, such as a QR code in a table cell; its text is its alt text only
    /// for readers that cannot see it, so it adds nothing to ``plainText``.
    case image(InlineImage)
    /// A zero-width marker: the text after it starts at this place in the manuscript. The parser puts
    /// one wherever visible text stops following its source (a new line, after markup), so checks
    /// such as sentence length can point at the exact line and column. Writers print nothing for it.
    case anchor(SourceLocation)
}

extension Inline {
    /// The text a reader sees, without markup.
    public var plainText: String {
        switch self {
        case .text(let text): return text
        case .strong(let content), .link(_, let content), .changed(let content): return content.plainText
        case .reference(let reference): return reference.displayText
        case .footnote(let footnote): return footnote.marked.plainText
        case .term(let mark): return mark.text
        case .lineBreak: return "\n"
        case .anchor, .image: return ""
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader sees, without markup.
    public var plainText: String { map(\.plainText).joined() }

    /// The same text without source anchors (and the text runs they split joined again), for
    /// comparing content.
    public var withoutAnchors: [Inline] {
        var result: [Inline] = []
        for inline in self {
            switch inline {
            case .anchor: continue
            case .strong(let content): result.append(.strong(content.withoutAnchors))
            case .link(let url, let content): result.append(.link(url: url, content: content.withoutAnchors))
            case .footnote(var footnote):
                footnote.marked = footnote.marked.withoutAnchors
                result.append(.footnote(footnote))
            case .text(let text):
                if case .text(let previous)? = result.last { result[result.count - 1] = .text(previous + text) } else { result.append(inline) }
            default: result.append(inline)
            }
        }
        return result
    }
}
