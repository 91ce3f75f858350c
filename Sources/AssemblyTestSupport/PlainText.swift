import ManuscriptCore

/// The document as plain text, one block a line, each volume under `＝title＝`: what stage examples compare with `shows`.
/// Footnotes print as `marked〔note〕`, images as `［画像：alt］` and links to glossary entries as `text→entry-id`.
public enum PlainText {
    public static func text(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .footnote(let footnote): return text(footnote.marked) + "〔" + text(footnote.note) + "〕"
            case .strong(let content), .link(_, let content), .changed(let content): return text(content)
            case .image(let image): return "［画像：\(image.alt)］"
            case .reference(let reference) where reference.target.hasPrefix("glossary-"):
                return reference.displayText + "→" + reference.target
            default: return inline.plainText
            }
        }.joined()
    }

    public static func render(_ document: Document) -> String {
        var lines: [String] = []
        for volume in document.volumes {
            lines.append("＝\(volume.title)＝")
            for section in volume.sections {
                lines.append(section.displayTitle)
                func visit(_ blocks: [Block]) {
                    for block in blocks { lines.append(contentsOf: text(of: block, visit: visit)) }
                }
                visit(section.blocks)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func text(of block: Block, visit: ([Block]) -> Void) -> [String] {
        let name = block.printedName.map { [$0] } ?? []
        switch block.content {
        case .paragraph(let inlines), .editorNote(let inlines): return [text(inlines)]
        case .list(let list): return list.items.map(text)
        case .table(let table): return name + (table.header + table.rows).map { $0.map(text).joined(separator: " | ") }
        case .metrics(let set): return name + set.metrics.map(\.name)
        case .callout(let callout): visit(callout.blocks); return name
        case .chart(let chart):
            let data = chart.dataTable
            return name + [chart.description] + (data.header + data.rows).map { $0.map(text).joined(separator: " | ") }
        case .heading, .figure: return name
        case .custom(let block): return ["[\(block.kind)]"]
        }
    }
}
