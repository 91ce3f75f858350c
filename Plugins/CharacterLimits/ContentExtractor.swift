import ManuscriptCore

/// The printed text of blocks, as pieces to count. Editor notes (never in releases) and data blocks
/// print nothing, so they count nothing; markup is never counted, references count as printed.
enum ContentExtractor {
    static func pieces(_ block: Block) -> [TextPiece] {
        var pieces: [TextPiece] = []
        append(block, to: &pieces)
        return pieces
    }

    /// A block's pieces added to `pieces`: one array for a whole section, not one per block joined.
    static func append(_ block: Block, to pieces: inout [TextPiece]) {
        switch block.content {
        case .heading(let heading):
            pieces.append(TextPiece(heading.text.plainText, .heading))
            appendFootnotes(in: heading.text, to: &pieces)
        case .paragraph(let text):
            pieces.append(TextPiece(text.plainText, .body))
            appendFootnotes(in: text, to: &pieces)
        case .list(let list):
            for item in list.items { pieces.append(TextPiece(item.plainText, .item)) }
            for item in list.items { appendFootnotes(in: item, to: &pieces) }
        case .table(let table):
            let rows = table.header + table.rows
            let shares = TableLayout(table).columns.map(\.fraction)
            appendCaption(block, table.caption, to: &pieces)
            for cells in rows {
                pieces.append(.row(cells.map(\.plainText), shares: shares, minimumLines: cells.map(imageLines).max() ?? 0))
            }
            for cells in rows { for cell in cells { appendFootnotes(in: cell, to: &pieces) } }
        case .metrics(let set):
            let shares = TableLayout(set.printedTable).columns.map(\.fraction)
            appendCaption(block, set.caption, to: &pieces)
            for metric in set.metrics {
                pieces.append(.row([metric.name + (metric.measures ?? ""), MetricText.value(metric.baseline, of: metric), MetricText.value(metric.target, of: metric)],
                                   shares: shares))
            }
        case .callout(let callout):
            pieces.append(TextPiece(callout.title, .calloutTitle))
            for inner in callout.blocks { append(inner, to: &pieces) }
        case .figure(let figure):
            pieces.append(TextPiece("", .figure))
            appendCaption(block, figure.caption, to: &pieces)
        case .chart(let chart):
            pieces.append(TextPiece("", .figure))
            appendCaption(block, chart.caption, to: &pieces)
        case .editorNote, .custom: break
        }
    }

    /// The notes of the footnotes in a text, which print at the foot of the page.
    private static func appendFootnotes(in text: [Inline], to pieces: inout [TextPiece]) {
        for inline in text {
            switch inline {
            case .footnote(let footnote):
                pieces.append(TextPiece(footnote.note.plainText, .footnote))
                appendFootnotes(in: footnote.marked, to: &pieces)
            case .strong(let content), .link(_, let content), .changed(let content): appendFootnotes(in: content, to: &pieces)
            default: break
            }
        }
    }

    /// Lines of the estimated page (about 6.6 mm: 237 mm of A4 text height over 36 lines) the
    /// images in a cell take, with a line of the cell's own text.
    private static func imageLines(_ text: [Inline]) -> Int {
        let height = text.reduce(0.0) { total, inline in
            if case .image(let image) = inline { total + image.heightMillimetres } else { total }
        }
        return height > 0 ? Int((height / 6.6).rounded(.up)) + 1 : 0
    }

    static func pieces(_ section: Section, blocks: ArraySlice<Block>? = nil, withTitle: Bool = true) -> [TextPiece] {
        var pieces: [TextPiece] = []
        if withTitle { pieces.append(TextPiece(section.displayTitle, .heading)) }
        for block in blocks ?? section.blocks[...] { append(block, to: &pieces) }
        return pieces
    }

    private static func appendCaption(_ block: Block, _ caption: [Inline], to pieces: inout [TextPiece]) {
        let text = block.printedName ?? caption.plainText
        if !text.isEmpty { pieces.append(TextPiece(text, .item)) }
    }
}
