/// A piece of printed text as counting sees it: one paragraph, item or table row.
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

    init(_ text: String, _ shape: Shape) {
        self.text = text
        self.shape = shape
    }

    static func row(_ cells: [String]) -> TextPiece { TextPiece(cells.joined(), .row(cells)) }
}
