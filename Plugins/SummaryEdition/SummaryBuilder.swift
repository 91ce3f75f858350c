import ManuscriptCore

/// Splits each section into what stays in its volume and what the summary shows.
struct SummaryBuilder {
    /// Copies get prefixed ids, since ids are unique across volumes and references keep pointing at
    /// the full text.
    static let idPrefix = "summary-"

    struct Problem {
        let severity: Severity
        let message: String
        let location: SourceLocation
    }

    enum Mark: String {
        /// In the volume and in the summary.
        case both = "true"
        /// Written for the summary only, such as a one-paragraph digest of a chapter.
        case only
        case none = "false"
    }

    private(set) var problems: [Problem] = []
    /// Whether an earlier stage reported an error; a block it could not build stays behind as
    /// written, and its error says why.
    let buildFailed: Bool

    init(buildFailed: Bool) { self.buildFailed = buildFailed }

    mutating func summarize(_ section: Section) -> (remaining: Section, summary: Section?) {
        var remaining = section
        remaining.blocks = []
        var picked: [Block] = []
        // Headings not yet printed in the summary, by level: a marked block brings the headings it
        // sits under, so the summary keeps the full text's outline.
        var pendingHeadings: [Int: Block] = [:]
        for block in section.blocks {
            if case .callout(let callout) = block.content { reportMarksInside(callout) }
            let mark = printableMark(of: block)
            if mark != .only { remaining.blocks.append(block) }
            if case .heading(let heading) = block.content {
                pendingHeadings = pendingHeadings.filter { $0.key < heading.level }
                if mark == .none {
                    pendingHeadings[heading.level] = block
                    continue
                }
            }
            guard mark != .none else { continue }
            picked += pendingHeadings.keys.sorted().compactMap { pendingHeadings[$0] }.map(Self.copy)
            pendingHeadings = [:]
            picked.append(Self.copy(block))
        }
        guard !picked.isEmpty else { return (remaining, nil) }
        let summary = Section(id: Self.idPrefix + section.id, title: section.title, number: section.number,
                              location: section.location, blocks: picked)
        return (remaining, summary)
    }

    /// A callout goes into the summary whole or not at all, so marks on its blocks would be lost.
    private mutating func reportMarksInside(_ callout: Callout) {
        for inner in callout.blocks where inner.options["summary"] != nil {
            problems.append(Problem(severity: .warning, message: "a summary mark inside a callout is ignored; mark the callout itself",
                                    location: inner.location))
        }
    }

    /// The block's mark, refused (with the reason) on blocks the summary could not show: data a
    /// stage keeps, or kinds built after the summary.
    private mutating func printableMark(of block: Block) -> Mark {
        let mark = self.mark(of: block)
        guard mark != .none, case .custom(let custom) = block.content else { return mark }
        if custom.kind == "roles" {
            problems.append(Problem(severity: .error, message: "a roles block prints nothing, so the summary cannot show it; mark the role-table or role-matrix that shows it",
                                    location: block.location))
        } else if !buildFailed {
            problems.append(Problem(severity: .error, message: "'\(custom.kind)' blocks are built after the summary, so the summary cannot show this one; leave out the mark",
                                    location: block.location))
        }
        return .none
    }

    private mutating func mark(of block: Block) -> Mark {
        guard let value = block.options["summary"] else { return .none }
        guard let mark = Mark(rawValue: value) else {
            problems.append(Problem(severity: .error, message: "summary must be true, false or only, found '\(value)'", location: block.location))
            return .none
        }
        return mark
    }

    /// A copy for the summary volume: ids and footnote ids prefixed, the mark dropped.
    static func copy(_ block: Block) -> Block {
        var copy = block
        copy.id = block.id.map { idPrefix + $0 }
        copy.options["summary"] = nil
        if case .callout(var callout) = copy.content {
            callout.blocks = callout.blocks.map { Self.copy($0) }
            copy.content = .callout(callout)
        }
        copy.content.updateInlines { $0 = $0.map(prefixingFootnotes) }
        return copy
    }

    private static func prefixingFootnotes(_ inline: Inline) -> Inline {
        switch inline {
        case .footnote(var footnote):
            footnote.id = idPrefix + footnote.id
            return .footnote(footnote)
        case .strong(let content): return .strong(content.map(prefixingFootnotes))
        case .link(let url, let content): return .link(url: url, content: content.map(prefixingFootnotes))
        default: return inline
        }
    }
}
