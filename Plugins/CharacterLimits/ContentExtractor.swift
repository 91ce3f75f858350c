import ManuscriptCore

/// The printed text of blocks, as pieces to count. Editor notes (never in releases) and data blocks
/// print nothing, so they count nothing; markup is never counted, references count as printed.
enum ContentExtractor {
    static func pieces(_ block: Block) -> [TextPiece] {
        switch block.content {
        case .heading(let heading): return [TextPiece(heading.text.plainText, .heading)]
        case .paragraph(let text): return [TextPiece(text.plainText, .body)]
        case .list(let list): return list.items.map { TextPiece($0.plainText, .item) }
        case .table(let table):
            return caption(block, table.caption) + (table.header + table.rows).map { .row($0.map(\.plainText)) }
        case .metrics(let set):
            return caption(block, set.caption) + set.metrics.map { metric in
                .row([metric.name + (metric.measures ?? ""), MetricText.value(metric.baseline, of: metric), MetricText.value(metric.target, of: metric)])
            }
        case .callout(let callout): return [TextPiece(callout.title, .heading)] + callout.blocks.flatMap(pieces)
        case .figure(let figure): return [TextPiece("", .figure)] + caption(block, figure.caption)
        case .chart(let chart): return [TextPiece("", .figure)] + caption(block, chart.caption)
        case .editorNote, .custom: return []
        }
    }

    static func pieces(_ section: Section, blocks: ArraySlice<Block>? = nil, withTitle: Bool = true) -> [TextPiece] {
        (withTitle ? [TextPiece(section.displayTitle, .heading)] : []) + (blocks ?? section.blocks[...]).flatMap(pieces)
    }

    private static func caption(_ block: Block, _ caption: [Inline]) -> [TextPiece] {
        let text = block.printedName ?? caption.plainText
        return text.isEmpty ? [] : [TextPiece(text, .item)]
    }
}
