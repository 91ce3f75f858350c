import ManuscriptCore

/// The printed text of blocks, as pieces to count. Editor notes (never in releases) and data blocks
/// print nothing, so they count nothing; markup is never counted, references count as printed.
enum ContentExtractor {
    static func pieces(_ block: Block) -> [TextPiece] {
        switch block.content {
        case .heading(let heading): return [TextPiece(heading.text.plainText, .heading)] + footnotes(in: heading.text)
        case .paragraph(let text): return [TextPiece(text.plainText, .body)] + footnotes(in: text)
        case .list(let list): return list.items.map { TextPiece($0.plainText, .item) } + list.items.flatMap(footnotes)
        case .table(let table):
            let rows = table.header + table.rows
            let shares = TableLayout(table).columns.map(\.fraction)
            return caption(block, table.caption)
                + rows.map { cells in .row(cells.map(\.plainText), shares: shares, minimumLines: cells.map(imageLines).max() ?? 0) }
                + rows.flatMap { $0.flatMap(footnotes) }
        case .metrics(let set):
            let shares = TableLayout(set.printedTable).columns.map(\.fraction)
            return caption(block, set.caption) + set.metrics.map { metric in
                .row([metric.name + (metric.measures ?? ""), MetricText.value(metric.baseline, of: metric), MetricText.value(metric.target, of: metric)],
                     shares: shares)
            }
        case .callout(let callout): return [TextPiece(callout.title, .calloutTitle)] + callout.blocks.flatMap(pieces)
        case .figure(let figure): return [TextPiece("", .figure)] + caption(block, figure.caption)
        case .chart(let chart): return [TextPiece("", .figure)] + caption(block, chart.caption)
        case .editorNote, .custom: return []
        }
    }

    /// The notes of the footnotes in a text, which print at the foot of the page.
    static func footnotes(in text: [Inline]) -> [TextPiece] {
        text.flatMap { inline -> [TextPiece] in
            switch inline {
            case .footnote(let footnote): return [TextPiece(footnote.note.plainText, .footnote)] + footnotes(in: footnote.marked)
            case .strong(let content), .link(_, let content), .changed(let content): return footnotes(in: content)
            default: return []
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
        (withTitle ? [TextPiece(section.displayTitle, .heading)] : []) + (blocks ?? section.blocks[...]).flatMap(pieces)
    }

    private static func caption(_ block: Block, _ caption: [Inline]) -> [TextPiece] {
        let text = block.printedName ?? caption.plainText
        return text.isEmpty ? [] : [TextPiece(text, .item)]
    }
}
