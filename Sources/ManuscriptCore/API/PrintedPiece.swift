/// A piece of the text a reader sees in a run of inlines, with where it is written in the manuscript.
public enum PrintedPiece {
    /// Text. With `isExact`, `location` is where its first character is written, and each further
    /// character is one column per Unicode scalar on; otherwise it is the place of the whole piece (a
    /// reference, a term), or nil for text before any source anchor.
    case text(String, location: SourceLocation?, isExact: Bool)
    case lineBreak
    /// An image, at the last source anchor before it.
    case image(InlineImage, location: SourceLocation?)
}

extension Array where Element == Inline {
    /// Walks the printed text in reading order, placing it by the parser's source anchors. Strong,
    /// linked and changed text is entered; of a footnote only the marked text is, since the note is
    /// not part of the line.
    public func forEachPrintedPiece(_ body: (PrintedPiece) throws -> Void) rethrows {
        var walk = PrintedTextWalk()
        try walk.visit(self, body)
    }
}

/// The anchor last seen and how many scalars of text followed it.
private struct PrintedTextWalk {
    var anchor: SourceLocation?
    var advance = 0
    /// Text after the anchor not yet in `advance`: counted only if more text follows it, which
    /// most runs (an anchor and one text) never have.
    var uncounted: String?

    mutating func visit(_ inlines: [Inline], _ body: (PrintedPiece) throws -> Void) rethrows {
        for inline in inlines {
            switch inline {
            case .anchor(let location):
                anchor = location
                advance = 0
                uncounted = nil
            case .text(let text):
                if let previous = uncounted { advance += previous.unicodeScalars.count }
                let start = anchor.map { SourceLocation(path: $0.path, line: $0.line, column: $0.column + advance) }
                try body(.text(text, location: start, isExact: start != nil))
                uncounted = anchor == nil ? nil : text
            case .strong(let content), .link(_, let content), .changed(let content):
                try visit(content, body)
            case .footnote(let footnote):
                try visit(footnote.marked, body)
            case .reference(let reference):
                try body(.text(reference.displayText, location: reference.location, isExact: false))
            case .term(let mark):
                try body(.text(mark.text, location: mark.location, isExact: false))
            case .image(let image):
                try body(.image(image, location: anchor))
            case .lineBreak:
                try body(.lineBreak)
            }
        }
    }
}
