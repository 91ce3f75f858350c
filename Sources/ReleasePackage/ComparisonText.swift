import ManuscriptCore

/// A section as the lines a 新旧対照表 compares: its title, then one per paragraph, list item,
/// table row and so on, as printed (numbers and references resolved). Editor notes are not part of
/// the plan and are left out.
enum ComparisonText {
    static func lines(of section: Section) -> [ComparisonLine] {
        var lines = [ComparisonLine(section.displayTitle, key: section.title)]
        var entry: (location: SourceLocation, name: String)?
        for block in section.blocks {
            // Generated entries (a glossary term's definition, related terms and usage) share their
            // source's location: name the lines after the entry, which only its first block prints.
            if let current = entry, current.location == block.location, block.id == nil {
                lines += self.lines(of: block).map { line in
                    var line = line
                    line.context = line.context ?? current.name
                    return line
                }
                continue
            }
            entry = nil
            if block.id != nil, block.location.path != section.location.path, case .paragraph(let text) = block.content {
                entry = (block.location, entryName(text))
            }
            lines += self.lines(of: block)
        }
        return lines
    }

    private static func lines(of block: Block) -> [ComparisonLine] {
        let number = block.number.map { $0 + " " } ?? ""
        switch block.content {
        case .heading(let heading): return [ComparisonLine(heading.text.plainText)]
        case .paragraph(let text): return [ComparisonLine(text.plainText)]
        case .list(let list):
            return list.items.enumerated().map { index, item in
                let text = item.plainText
                return ComparisonLine((list.ordered ? "\(index + 1). " : "・") + text, key: text)
            }
        case .table(let table):
            let caption = number + table.caption.plainText
            return [ComparisonLine(caption)] + (table.header + table.rows).map { row in
                ComparisonLine(row.map { $0.plainText.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "｜"), context: caption)
            }
        case .callout(let callout): return [ComparisonLine("【\(callout.title)】")] + callout.blocks.flatMap(lines)
        case .metrics(let set):
            let caption = number + set.caption.plainText
            return [ComparisonLine(caption)] + set.metrics.map { metric in
                ComparisonLine("\(metric.name)：\(MetricText.value(metric.baseline, of: metric)) → \(MetricText.value(metric.target, of: metric))",
                               context: caption)
            }
        case .figure(let figure): return [ComparisonLine("［図］" + number + figure.caption.plainText + "（" + figure.alt + "）")]
        case .chart(let chart):
            let caption = "［図］" + number + chart.caption.plainText
            return [ComparisonLine(caption)] + chart.dataTable.rows.map { row in
                ComparisonLine(row.map(\.plainText).joined(separator: "｜"), context: caption)
            }
        case .editorNote, .custom: return []
        }
    }

    /// An entry's name: its first strong run (the glossary prints the term in bold before its reading).
    private static func entryName(_ text: [Inline]) -> String {
        for inline in text { if case .strong(let content) = inline { return content.plainText } }
        return text.plainText
    }
}
