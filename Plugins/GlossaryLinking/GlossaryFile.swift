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
///   - term: 市民
///     reading: しみん
///     not-in: [都市民俗]
/// ```
struct GlossaryFile {
    static let termKeys = ["term", "reading", "aliases", "definition", "short", "see-also", "url", "not-in"]

    private(set) var terms: [GlossaryTerm] = []
    /// Problems that do not stop linking (duplicates, readings, unknown keys), each at its place.
    private(set) var problems: [Finding] = []

    /// A spelling already taken: by which term, as its name or an alias, and where.
    private struct Taken {
        let term: String
        let isAlias: Bool
        let spelling: String
        let location: SourceLocation
    }

    init(_ root: YAMLNode) throws {
        let file = try root.mapping("the glossary file")
        try file.rejectUnknownKeys(allowed: ["terms"])
        let nodes = try file.required("terms").sequence("terms")
        var taken: [String: Taken] = [:]
        taken.reserveCapacity(nodes.count * 2)
        for node in nodes {
            let entry = try node.mapping("a glossary term")
            // Reported, not thrown, so every misspelt key (a `not_in` that would silently exclude
            // nothing) is listed in one run.
            for pair in entry.pairs {
                let key = try pair.key.string("a key of a glossary term")
                if !Self.termKeys.contains(key) {
                    let hint = Suggestion.hint(for: key, among: Self.termKeys)
                    let help = hint.isEmpty ? "; expected one of: \(Self.termKeys.joined(separator: ", "))" : hint
                    problems.append(error("unknown key '\(key)' in a glossary term\(help)", at: pair.key.location))
                }
            }
            let termNode = try entry.required("term")
            let term = try termNode.nonBlankString("term").trimmingSpaces()
            let key = WidthFolding.foldedString(term)
            if let first = taken[key] {
                // The entry is left out: linking keeps the first, and the copy would only add a
                // false "not used" warning.
                let message = if first.isAlias {
                    "term '\(term)' is already an alias of '\(first.term)' (at \(first.location))"
                } else if first.spelling != term {
                    "term '\(term)' is given twice (first as '\(first.spelling)' at \(first.location))"
                } else {
                    "term '\(term)' is given twice (first at \(first.location))"
                }
                problems.append(error(message, at: node.location))
                continue
            }
            taken[key] = Taken(term: term, isAlias: false, spelling: term, location: node.location)

            let readingNode = try entry.required("reading")
            let reading = try readingNode.string("reading")
            if let bad = reading.unicodeScalars.first(where: { !Self.isReadingScalar($0) }) {
                problems.append(error("the reading of '\(term)' must be written in hiragana; '\(bad)' is not", at: readingNode.location))
            }
            var aliases: [String] = []
            for aliasNode in try entry["aliases"]?.sequence("aliases") ?? [] {
                let alias = try aliasNode.string("an alias")
                let aliasKey = WidthFolding.foldedString(alias)
                if aliasKey == key {
                    problems.append(error("alias '\(alias)' of '\(term)' is the term itself", at: aliasNode.location))
                } else if let first = taken[aliasKey] {
                    let message = if first.term == term {
                        "alias '\(alias)' is given twice for '\(term)' (first at \(first.location))"
                    } else {
                        "alias '\(alias)' of '\(term)' is already \(first.isAlias ? "an alias of" : "the term") '\(first.term)' (at \(first.location))"
                    }
                    problems.append(error(message, at: aliasNode.location))
                } else {
                    taken[aliasKey] = Taken(term: term, isAlias: true, spelling: alias, location: aliasNode.location)
                    aliases.append(alias)
                }
            }
            let spellings = ([term] + aliases).map(WidthFolding.foldedString)
            var notIn: [String] = []
            for exclusionNode in try entry["not-in"]?.sequence("not-in") ?? [] {
                let exclusion = try exclusionNode.string("a not-in entry")
                let folded = WidthFolding.foldedString(exclusion)
                if spellings.contains(where: { folded.contains($0) && folded != $0 }) {
                    notIn.append(exclusion)
                } else {
                    let names = ([term] + aliases).map { "'\($0)'" }.joined(separator: " or ")
                    problems.append(error("not-in entry '\(exclusion)' of '\(term)' must contain \(names) with more around it; it excludes nothing",
                                          at: exclusionNode.location))
                }
            }
            let definition = try entry.required("definition").inlineText("definition")
            let urlNode = entry["url"]
            let url = try urlNode?.string("url")
            if let url, let urlNode, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                throw AssemblyError("url must start with https:// or http://", at: urlNode.location)
            }
            terms.append(GlossaryTerm(
                term: term, reading: reading, aliases: aliases, definition: definition,
                short: try entry["short"]?.inlineText("short") ?? definition,
                seeAlso: try (entry["see-also"]?.sequence("see-also") ?? []).map { (try $0.string("a term"), $0.location) },
                url: url, notIn: notIn, location: node.location))
        }
    }

    private func error(_ message: String, at location: SourceLocation) -> Finding {
        Finding(.error, message, at: location, stage: "")
    }

    /// Hiragana, the long-vowel mark, and the middle dot or spaces some readings use.
    static func isReadingScalar(_ scalar: Unicode.Scalar) -> Bool {
        (0x3041...0x3096).contains(scalar.value) || [0x30FC, 0x309D, 0x309E, 0x30FB, 0x20, 0x3000].contains(scalar.value)
    }
}
