import ManuscriptCore

/// The reviewers' limits file, kept apart from the content:
///
/// ```yaml
/// old-plan: {label: 現行計画, pages: 100}
/// counting: {whitespace: false, ambiguous-width: 1, page-layout: {characters-per-line: 40, lines-per-page: 36}}
/// limits:
///   - {scope: volume, volume: vision, unit: pages, warning: 30, error: 40}
///   - {scope: section, section: "*", unit: fullwidth-equivalent, warning: 5000, error: 6000}
///   - {scope: section, section: glossary, unit: fullwidth-equivalent, exempt: true}
///   - {scope: blocks, kind: roles, unit: characters, error: 40}
///   - {scope: sentence, unit: characters, warning: 60, error: 100}
/// ```
struct LimitsFile {
    var rules = CountingRules()
    var limits: [Limit] = []
    /// The size of the plan being replaced, for the report's comparison.
    var oldPlan: (label: String, pages: Double)?

    init() {}

    init(_ root: YAMLNode) throws {
        let file = try root.mapping("the limits file")
        try file.rejectUnknownKeys(allowed: ["old-plan", "counting", "limits"])
        if let node = file["old-plan"] {
            let old = try node.mapping("old-plan")
            try old.rejectUnknownKeys(allowed: ["label", "pages"])
            oldPlan = (try old["label"]?.string("label") ?? "旧計画", try Self.number(old.required("pages"), "pages"))
        }
        if let node = file["counting"] { try readCounting(node) }
        limits = try file.required("limits").sequence("limits").map(Self.readLimit)
    }

    private mutating func readCounting(_ node: YAMLNode) throws {
        let counting = try node.mapping("counting")
        try counting.rejectUnknownKeys(allowed: ["whitespace", "ambiguous-width", "page-layout"])
        rules.countWhitespace = try counting["whitespace"]?.bool("whitespace") ?? false
        if let width = counting["ambiguous-width"] {
            let value = try Self.number(width, "ambiguous-width")
            guard value == 0.5 || value == 1 else { throw AssemblyError("ambiguous-width must be 0.5 or 1", at: width.location) }
            rules.ambiguousWidth = value
        }
        if let layoutNode = counting["page-layout"] {
            let layout = try layoutNode.mapping("page-layout")
            try layout.rejectUnknownKeys(allowed: ["characters-per-line", "lines-per-page", "figure-lines"])
            rules.charactersPerLine = try layout["characters-per-line"]?.int("characters-per-line", in: 10...100) ?? rules.charactersPerLine
            rules.linesPerPage = try layout["lines-per-page"]?.int("lines-per-page", in: 10...100) ?? rules.linesPerPage
            rules.figureLines = try layout["figure-lines"]?.int("figure-lines", in: 0...100) ?? rules.figureLines
        }
    }

    private static func readLimit(_ node: YAMLNode) throws -> Limit {
        let entry = try node.mapping("a limit")
        try entry.rejectUnknownKeys(allowed: ["scope", "volume", "section", "subsections", "kind", "unit", "warning", "error", "exempt"])
        let scopeNode = try entry.required("scope")
        let scope: LimitScope
        switch try scopeNode.string("scope") {
        case "volume": scope = .volume(try entry.required("volume").string("volume"))
        case "section":
            let section = try entry.required("section").string("section")
            let subsections = try entry["subsections"]?.bool("subsections") ?? true
            if section == "*" {
                scope = .everySection(volume: try entry["volume"]?.string("volume"), subsections: subsections)
            } else if let volumeNode = entry["volume"] {
                throw AssemblyError("'volume' narrows only section: \"*\"; a section named by id is found in any volume", at: volumeNode.location)
            } else {
                scope = .section(section, subsections: subsections)
            }
        case "blocks":
            let kindNode = try entry.required("kind")
            let kind = try kindNode.string("kind")
            guard LimitScope.blockKinds.contains(kind) else {
                throw AssemblyError("unknown block kind '\(kind)'" + Suggestion.hint(for: kind, among: LimitScope.blockKinds, otherwise: "expected one of"), at: kindNode.location)
            }
            scope = .blocks(kind: kind)
        case "sentence": scope = .sentence
        case "summary": scope = .summary
        default:
            throw AssemblyError("scope must be one of: volume, section, blocks, sentence, summary", at: scopeNode.location)
        }
        let unit = try entry.required("unit").choice("unit", of: CountingUnit.self)
        let warning = try entry["warning"].map { try number($0, "warning") }
        let error = try entry["error"].map { try number($0, "error") }
        if let exemptNode = entry["exempt"], try exemptNode.bool("exempt") {
            guard case .section = scope else {
                throw AssemblyError("only a limit naming a section can be exempt (it takes the section out of section: \"*\")", at: exemptNode.location)
            }
            guard warning == nil && error == nil else {
                throw AssemblyError("an exempt section has no thresholds; remove 'warning' and 'error', or 'exempt'", at: exemptNode.location)
            }
            return Limit(scope: scope, unit: unit, warning: nil, error: nil, location: node.location, exempt: true)
        }
        guard warning != nil || error != nil else {
            throw AssemblyError("a limit needs a 'warning' or an 'error' threshold, or both (or 'exempt: true' for a section)", at: node.location)
        }
        if let warning, let error, warning > error {
            throw AssemblyError("the warning threshold (\(CountFormat.number(warning))) is above the error threshold (\(CountFormat.number(error)))",
                                at: node.location)
        }
        return Limit(scope: scope, unit: unit, warning: warning, error: error, location: node.location)
    }

    /// A plan of a billion characters is far beyond any limit a council sets; larger numbers are typos.
    static let largestThreshold = 1_000_000_000.0

    private static func number(_ node: YAMLNode, _ what: String) throws -> Double {
        guard let value = Double(try node.decimal(what)), value >= 0, value <= largestThreshold else {
            throw AssemblyError("\(what) must be a number from 0 to 1,000,000,000", at: node.location)
        }
        return value
    }

    /// The sentence limits in force: the file's, or the 公用文 guidance when it sets none.
    var sentenceLimits: [Limit] {
        let own = limits.filter { $0.scope == .sentence }
        return own.isEmpty ? [Limit.sentenceGuidance] : own
    }
}
