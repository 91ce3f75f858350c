import ManuscriptCore

/// Visible characters of running text, each with its place in the manuscript when known.
struct LocatedText {
    struct Item {
        let character: Character
        let location: SourceLocation?
    }

    /// Characters and hard line breaks (nil items), in reading order.
    private(set) var items: [Item?] = []
    private var anchor: SourceLocation?
    private var advance = 0

    init(_ inlines: [Inline]) { append(inlines) }

    private mutating func append(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .anchor(let location):
                anchor = location
                advance = 0
            case .text(let text):
                for character in text {
                    var location = anchor
                    location?.column += advance
                    items.append(Item(character: character, location: location))
                    advance += character.unicodeScalars.count
                }
            case .strong(let content), .link(_, let content):
                append(content)
            case .footnote(let footnote):
                append(footnote.marked)  // the note itself is not part of the line
            case .term(let mark):
                for character in mark.text { items.append(Item(character: character, location: mark.location)) }
            case .reference(let reference):
                for character in reference.displayText { items.append(Item(character: character, location: reference.location)) }
            case .lineBreak:
                items.append(nil)
            }
        }
    }
}
