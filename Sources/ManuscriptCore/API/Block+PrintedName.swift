import Foundation

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

    /// What a reference to the block prints: its printed name, else its own text. A paragraph that
    /// opens with strong text (a run-in heading, such as a glossary entry's term) is named by that
    /// text; other running text by its first sentence, shortened. Nil for blocks that print nothing
    /// of their own (custom blocks a stage keeps as data).
    public var referenceName: String? {
        if let printedName { return printedName }
        switch content {
        case .paragraph(let text), .editorNote(let text): return Self.name(ofRunningText: text)
        case .list(let list): return list.items.first.flatMap(Self.name(ofRunningText:))
        default: return nil
        }
    }

    /// The longest own text a reference prints, in characters, before it is cut short with 「…」.
    public static let referenceNameLength = 30

    private static func name(ofRunningText text: [Inline]) -> String? {
        let visible = text.filter { if case .anchor = $0 { false } else { true } }
        if case .strong(let lead)? = visible.first, !lead.plainText.isEmpty { return lead.plainText }
        var sentence = text.plainText.replacingOccurrences(of: "\n", with: "")
        if let end = sentence.firstIndex(where: { "。！？".contains($0) }) { sentence = String(sentence[..<end]) }
        guard !sentence.isEmpty else { return nil }
        return sentence.count > referenceNameLength ? String(sentence.prefix(referenceNameLength)) + "…" : sentence
    }
}
