import ManuscriptCore

/// Builds the glossary's blocks: a heading per row (英字, あ行, か行, …) and, for each term, its
/// reading, definition, related terms and where it is used.
struct GlossaryBuilder {
    let glossary: [GlossaryTerm]
    /// Term indices in glossary order.
    let order: [Int]
    let entryIDs: [String]
    /// Where each term is used, as printed in 掲載箇所 (chapter titles of the full text).
    let usage: [Int: [String]]
    let home: (volume: String, section: String, pointer: String)
    let latin: LatinPlacement

    /// Term indices in the order the glossary prints them.
    static func order(of glossary: [GlossaryTerm], latin: LatinPlacement) -> [Int] {
        let byReading = GojuonOrder.sorted(glossary)
        guard latin == .alphabetFirst else { return byReading }
        let alphabet = glossary.indices.filter { glossary[$0].startsWithLatin }
            .sorted { (glossary[$0].term.uppercased(), glossary[$0].term) < (glossary[$1].term.uppercased(), glossary[$1].term) }
        return alphabet + byReading.filter { !glossary[$0].startsWithLatin }
    }

    func group(of term: GlossaryTerm) -> String {
        latin == .alphabetFirst && term.startsWithLatin ? "英字" : GojuonOrder.row(of: term.reading)
    }

    /// The glossary's blocks, and the problems found building them: a `see-also` naming no term is
    /// reported and left out, never a reason to drop the whole glossary (and with it every link to it).
    func blocks(at location: SourceLocation) -> (blocks: [Block], problems: [Finding]) {
        var blocks: [Block] = []
        blocks.reserveCapacity(order.count * 4)
        var problems: [Finding] = []
        var currentGroup = ""
        var groups = 0
        // The first term of each name, for see-also: a search per reference would be quadratic.
        var termIndex: [String: Int] = [:]
        termIndex.reserveCapacity(glossary.count)
        for (index, term) in glossary.enumerated() where termIndex[term.term] == nil { termIndex[term.term] = index }
        // A list of chapter titles, not a sentence: titles such as 「…どんなもの？（概要）」 would
        // otherwise split into sentence fragments and run past the sentence limit. One table for
        // every entry's list.
        let listOptions = ["sentence-check": "false"]
        for index in order {
            let term = glossary[index]
            let group = group(of: term)
            if group != currentGroup {
                currentGroup = group
                groups += 1
                blocks.append(Block(id: "glossary-group-\(groups)", location: location,
                                    content: .heading(Heading(level: 2, text: [.text(group)]))))
            }
            var title: [Inline] = [.strong([.text(term.term)]), .text("（\(term.reading)）")]
            if !term.aliases.isEmpty { title.append(.text("　別表記：\(term.aliases.joined(separator: "、"))")) }
            blocks.append(Block(id: entryIDs[index], location: term.location, content: .paragraph(title)))
            blocks.append(Block(location: term.location, content: .paragraph(term.definition)))
            var related: [Inline] = []
            for (name, place) in term.seeAlso {
                guard let other = termIndex[name] else {
                    let hint = Suggestion.hint(for: name, among: glossary.map(\.term))
                    problems.append(Finding(.error, "see-also names '\(name)', which is not a term of the glossary\(hint)", at: place, stage: ""))
                    continue
                }
                related.append(related.isEmpty ? .text("関連：") : .text("、"))
                let target = ResolvedTarget(volume: home.volume, section: home.section, anchor: entryIDs[other], text: name)
                // Labelled, so the cross-references stage, which names a target by its section
                // (「資料5 用語集」), keeps the term's name.
                related.append(.reference(CrossReference(target: entryIDs[other], label: name, location: place, resolved: target)))
            }
            if let url = term.url {
                related.append(.text(related.isEmpty ? "詳しく：" : "　詳しく："))
                related.append(.link(url: url, content: [.text(url)]))
            }
            if !related.isEmpty { blocks.append(Block(location: term.location, content: .paragraph(related))) }
            let places = usage[index] ?? []
            blocks.append(Block(location: term.location, options: listOptions, content: .paragraph([
                .text("掲載箇所：" + (places.isEmpty ? "なし" : places.joined(separator: "、"))),
            ])))
        }
        return (blocks, problems)
    }
}
