import ManuscriptCore

/// The glossary file:
///
/// ```yaml
/// terms:
///   - term: 地域共生社会
///     reading: ちいききょうせいしゃかい
///     aliases: [地域共生型社会]
///     definition: 制度や分野の縦割りを超えて…
///     short: 人と人、人と資源がつながり、暮らしと地域を共に創る社会。
///     see-also: [重層的支援体制整備事業]
///     url: https://www.mhlw.go.jp/…
/// ```
struct GlossaryFile {
    private(set) var terms: [GlossaryTerm] = []
    /// Problems that do not stop linking (duplicates, readings), each at its place.
    private(set) var problems: [Finding] = []

    init(_ root: YAMLNode) throws {
        let file = try root.mapping("the glossary file")
        try file.rejectUnknownKeys(allowed: ["terms"])
        var spellings: [String: (term: String, location: SourceLocation)] = [:]
        for node in try file.required("terms").sequence("terms") {
            let entry = try node.mapping("a glossary term")
            try entry.rejectUnknownKeys(allowed: ["term", "reading", "aliases", "definition", "short", "see-also", "url"])
            let termNode = try entry.required("term")
            let term = try termNode.string("term").trimmingCharacters(in: .whitespaces)
            let readingNode = try entry.required("reading")
            let reading = try readingNode.string("reading")
            if let bad = reading.unicodeScalars.first(where: { !Self.isReadingScalar($0) }) {
                problems.append(Finding(.error, "the reading of '\(term)' must be written in hiragana; '\(bad)' is not", at: readingNode.location, stage: ""))
            }
            let aliasNodes = try entry["aliases"]?.sequence("aliases") ?? []
            for (spelling, location) in [(term, termNode.location)] + (try aliasNodes.map { (try $0.string("an alias"), $0.location) }) {
                let key = String(WidthFolding.fold(spelling))
                if let first = spellings[key] {
                    let what = first.term == term ? "is given twice for '\(term)'" : "is already used by '\(first.term)'"
                    problems.append(Finding(.error, "'\(spelling)' \(what) at \(first.location)", at: location, stage: ""))
                } else {
                    spellings[key] = (term, location)
                }
            }
            let definition = try entry.required("definition").inlineText("definition")
            let urlNode = entry["url"]
            let url = try urlNode?.string("url")
            if let url, let urlNode, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                throw AssemblyError("url must start with https:// or http://", at: urlNode.location)
            }
            terms.append(GlossaryTerm(
                term: term, reading: reading, aliases: try aliasNodes.map { try $0.string("an alias") }, definition: definition,
                short: try entry["short"]?.inlineText("short") ?? definition,
                seeAlso: try (entry["see-also"]?.sequence("see-also") ?? []).map { (try $0.string("a term"), $0.location) },
                url: url, location: node.location))
        }
    }

    /// Hiragana, the long-vowel mark, and the middle dot or spaces some readings use.
    static func isReadingScalar(_ scalar: Unicode.Scalar) -> Bool {
        (0x3041...0x3096).contains(scalar.value) || [0x30FC, 0x309D, 0x309E, 0x30FB, 0x20, 0x3000].contains(scalar.value)
    }
}
