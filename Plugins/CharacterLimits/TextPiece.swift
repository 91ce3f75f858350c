import Foundation

/// A piece of printed text as counting sees it: one paragraph, item or table row. The text is
/// normalised to NFC and split into grapheme clusters once, here, since every unit counts it again.
struct TextPiece {
    enum Shape {
        /// Body text: indented on 原稿用紙.
        case body
        case heading
        case item
        /// A table row, one text per cell.
        case row([String])
        /// An image: counts no characters, takes room on the page.
        case figure
    }

    let text: String
    let shape: Shape
    /// The text's grapheme clusters.
    let characters: [Character]
    /// Its counts once ``Measure`` has worked them out.
    let counts = PieceCounts()

    init(_ text: String, _ shape: Shape) {
        self.init(normalized: text.precomposedStringWithCanonicalMapping, shape)
    }

    static func row(_ cells: [String]) -> TextPiece {
        let normalized = cells.map(\.precomposedStringWithCanonicalMapping)
        return TextPiece(normalized: normalized.joined(), .row(normalized))
    }

    private init(normalized: String, _ shape: Shape) {
        text = normalized
        self.shape = shape
        characters = Array(normalized)
    }
}
