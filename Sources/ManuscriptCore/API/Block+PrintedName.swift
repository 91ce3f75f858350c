extension Block {
    /// How the block is named in print and in cross-references: 「表4 主体ごとの役割」 for captioned
    /// blocks, the text of a heading, the title of a callout; nil for running text.
    public var printedName: String? {
        func numbered(_ caption: [Inline]) -> String {
            [number, caption.plainText].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        switch content {
        case .heading(let heading): return heading.text.plainText
        case .table(let table): return numbered(table.caption)
        case .metrics(let set): return numbered(set.caption)
        case .figure(let figure): return numbered(figure.caption)
        case .chart(let chart): return numbered(chart.caption)
        case .callout(let callout): return callout.title
        case .paragraph, .list, .editorNote, .custom: return nil
        }
    }
}
