import Foundation
import ManuscriptCore

/// A piece of printed text as counting sees it: one paragraph, item or table row, normalised to NFC.
struct TextPiece {
    enum Shape {
        /// Body text: indented on 原稿用紙.
        case body
        case heading
        /// A callout's title: set off like a heading, but not in the table of contents.
        case calloutTitle
        case item
        /// A table row, one text per cell, and each column's share of the table's width as both
        /// writers print it (``TableLayout``).
        case row([String], shares: [Double])
        /// An image: counts no characters, takes room on the page.
        case figure
        /// A footnote's text: set smaller at the foot of the page; it counts on pages only.
        case footnote
    }

    let text: String
    let shape: Shape
    /// Lines the piece takes at least on a page: a table row holding an image (a QR code) is as tall as it.
    var minimumLines = 0
    /// Its counts once ``Measure`` has worked them out.
    let counts = PieceCounts()

    init(_ text: String, _ shape: Shape) {
        self.init(normalized: Self.normalized(text), shape)
    }

    static func row(_ cells: [String], shares: [Double], minimumLines: Int = 0) -> TextPiece {
        let normalized = cells.map(Self.normalized)
        var piece = TextPiece(normalized: normalized.joined(), .row(normalized, shares: shares))
        piece.minimumLines = minimumLines
        return piece
    }

    private init(normalized: String, _ shape: Shape) {
        text = normalized
        self.shape = shape
    }

    /// NFC, which text of scalars that stand alone already is: normalising megabytes through
    /// Foundation would cost more than counting them.
    static func normalized(_ text: String) -> String {
        StandaloneScalar.covers(text) ? text : text.precomposedStringWithCanonicalMapping
    }
}
