import ManuscriptCore

/// The document as plain text, one block a line: what stage examples compare with `shows`.
public enum PlainText {
    public static func render(_ document: Document) -> String {
        var lines: [String] = []
        for volume in document.volumes {
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
        case .paragraph(let text), .editorNote(let text): return [text.plainText]
        case .list(let list): return list.items.map(\.plainText)
        case .table(let table): return name + (table.header + table.rows).map { $0.map(\.plainText).joined(separator: " | ") }
        case .metrics(let set): return name + set.metrics.map(\.name)
        case .callout(let callout): visit(callout.blocks); return name
        case .heading, .figure: return name
        case .custom(let block): return ["[\(block.kind)]"]
        }
    }
}
