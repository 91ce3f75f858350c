import ManuscriptCore

/// A section as the lines a 新旧対照表 compares: one per paragraph, list item, table row and so on,
/// as printed (numbers and references resolved). Editor notes are not part of the plan and are left out.
enum ComparisonText {
    static func lines(of section: Section) -> [String] {
        section.blocks.flatMap(lines)
    }

    private static func lines(of block: Block) -> [String] {
        let number = block.number.map { $0 + " " } ?? ""
        switch block.content {
        case .heading(let heading): return [heading.text.plainText]
        case .paragraph(let text): return [text.plainText]
        case .list(let list):
            // No item numbers: inserting one item would otherwise renumber, and so "change", all after it.
            return list.items.map { "・" + $0.plainText }
        case .table(let table):
            return [number + table.caption.plainText] + (table.header + table.rows).map { row in
                row.map { $0.plainText.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "｜")
            }
        case .callout(let callout): return ["【\(callout.title)】"] + callout.blocks.flatMap(lines)
        case .metrics(let set):
            return [number + set.caption.plainText] + set.metrics.map { metric in
                "\(metric.name)：\(MetricText.value(metric.baseline, of: metric)) → \(MetricText.value(metric.target, of: metric))"
            }
        case .figure(let figure): return ["［図］" + number + figure.caption.plainText + "（" + figure.alt + "）"]
        case .editorNote, .custom: return []
        }
    }
}
