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
        let numbered: ([Inline]) -> String = { caption in
            [block.number, caption.plainText].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        switch block.content {
        case .heading(let heading): return [heading.text.plainText]
        case .paragraph(let text), .editorNote(let text): return [text.plainText]
        case .list(let list): return list.items.map(\.plainText)
        case .table(let table): return [numbered(table.caption)] + (table.header + table.rows).map { $0.map(\.plainText).joined(separator: " | ") }
        case .metrics(let set): return [numbered(set.caption)] + set.metrics.map(\.name)
        case .figure(let figure): return [numbered(figure.caption)]
        case .callout(let callout): visit(callout.blocks); return [callout.title]
        }
    }
}
