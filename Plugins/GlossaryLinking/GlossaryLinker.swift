import ManuscriptCore

/// Links glossary terms in running text: footnotes with the short definition in volumes without the
/// glossary, links to the entry in the glossary's own volume. Never inside headings, captions, links,
/// cross-references, table headings or another term; `link-terms: false` on a block turns it off.
struct GlossaryLinker {
    let glossary: [GlossaryTerm]
    let automaton: TermAutomaton
    let scope: LinkScope
    /// Where the generated glossary is: its volume and section, and how to point at it.
    let home: (volume: String, section: String, pointer: String)?
    /// Entry anchors by term index.
    let entryIDs: [String]
    /// Each term's `not-in` strings, folded.
    private let exclusions: [[FoldedExclusion]]
    /// The first term with each folded spelling, for explicit marks.
    private let termBySpelling: [String: Int]

    /// Where each term is used, for 掲載箇所: chapters of the volumes that hold the plan's own text.
    private(set) var usage: [Int: [String]] = [:]
    /// Uses in volumes that repeat the text (the 概要版), named with their volume: listed only for a
    /// term used nowhere else (text written for the summary alone).
    private(set) var repeatedUsage: [Int: [String]] = [:]
    private(set) var problems: [Finding] = []
    /// Where the terms standing in each run of text come from.
    private var occurrences = OccurrenceSource.finding
    /// The places already in `usage` and `repeatedUsage`, as term and place.
    private var recorded: Set<RecordedUse> = []
    private var linkedIn: Set<String> = []
    private var footnoteCount = 0
    private var volume = ""
    private var volumeName = ""
    private var volumeHoldsOwnText = true
    private var sectionTitle = ""
    /// The current chapter (section file), and the current section under its latest heading.
    private var chapterKey = ""
    private var scopeKey = ""
    /// The block being linked: where a link goes when its text has no place of its own (a CSV cell).
    private var blockLocation = SourceLocation(path: "", line: 1, column: 1)

    init(glossary: [GlossaryTerm], scope: LinkScope, home: (volume: String, section: String, pointer: String)?, entryIDs: [String]) {
        self.glossary = glossary
        self.scope = scope
        self.home = home
        self.entryIDs = entryIDs
        exclusions = glossary.map { $0.notIn.map(FoldedExclusion.init) }
        var spellings: [(text: String, term: Int)] = []
        var termBySpelling: [String: Int] = [:]
        termBySpelling.reserveCapacity(glossary.count)
        for (index, term) in glossary.enumerated() {
            for spelling in term.spellings {
                let folded = WidthFolding.foldedString(spelling)
                spellings.append((folded, index))
                if termBySpelling[folded] == nil { termBySpelling[folded] = index }
            }
        }
        self.termBySpelling = termBySpelling
        automaton = TermAutomaton(spellings: spellings)
    }

    mutating func link(_ document: inout Document) {
        // Finding the terms is most of the work and needs nothing from other sections: each
        // section's occurrences are found side by side first, then linked in order from them.
        let places = document.volumes.indices.flatMap { v in document.volumes[v].sections.indices.map { (v, $0) } }
        let finder = self
        let found = ConcurrentWork.map(places) { v, s -> [FoundTerms] in
            var collecting = finder
            collecting.occurrences = .collecting([])
            var blocks = document.volumes[v].sections[s].blocks
            collecting.link(&blocks)
            guard case .collecting(let found) = collecting.occurrences else { return [] }
            return found
        }
        for (place, (v, s)) in places.enumerated() {
            volume = document.volumes[v].id
            volumeName = document.volumes[v].shortTitle ?? document.volumes[v].title
            volumeHoldsOwnText = document.volumes[v].holdsOwnText
            // The glossary's own entries are added after linking, so they are never linked.
            let section = document.volumes[v].sections[s]
            sectionTitle = section.displayTitle
            chapterKey = "\(volume)/\(section.id)"
            scopeKey = chapterKey
            occurrences = .replaying(found[place][...])
            link(&document.volumes[v].sections[s].blocks)
        }
        occurrences = .finding
    }

    private mutating func link(_ blocks: inout [Block]) {
        for b in blocks.indices {
            if case .heading = blocks[b].content, let id = blocks[b].id { scopeKey = "\(volume)/\(id)" }
            blockLocation = blocks[b].location
            guard blocks[b].options["link-terms"] != "false" else { continue }
            switch blocks[b].content {
            case .paragraph(var text):
                link(&text); blocks[b].content = .paragraph(text)
            case .list(var list):
                for i in list.items.indices { link(&list.items[i]) }
                blocks[b].content = .list(list)
            case .table(var table):
                // Row headings are headings: only the data cells are running text.
                for r in table.rows.indices {
                    for c in table.rows[r].indices {
                        if c >= table.rowHeaderColumns { link(&table.rows[r][c]) } else { recordUsage(in: table.rows[r][c]) }
                    }
                }
                for row in table.header { for cell in row { recordUsage(in: cell) } }
                recordUsage(in: table.caption)
                blocks[b].content = .table(table)
            case .callout(var callout):
                link(&callout.blocks); blocks[b].content = .callout(callout)
            case .heading, .metrics, .figure, .chart, .editorNote, .custom:
                blocks[b].content.updateInlines { inlines in
                    unlinkMarks(&inlines)
                    recordUsage(in: inlines)
                }
            }
        }
    }

    /// Explicit marks where terms are not linked (headings, captions) print as text, but must name a term.
    private mutating func unlinkMarks(_ inlines: inout [Inline]) {
        for i in inlines.indices {
            if case .term(let mark) = inlines[i] {
                _ = termIndex(for: mark)
                inlines[i] = .text(mark.text)
            }
        }
    }

    /// The key under which a term is linked once; nil when every occurrence is linked.
    private func scopeKey(for term: Int) -> String? {
        switch scope {
        case .firstPerSection: "\(term)@\(scopeKey)"
        case .firstPerChapter: "\(term)@\(chapterKey)"
        case .firstPerVolume: "\(term)@\(volume)"
        case .all: nil
        }
    }

    /// Links terms in one run of text. Text runs split only by source anchors are matched as one, so a
    /// term written across a line break in the manuscript is still found.
    private mutating func link(_ inlines: inout [Inline]) {
        var result: [Inline] = []
        var group: [Inline] = []
        func flushGroup() {
            if !group.isEmpty { result += linkGroup(group); group = [] }
        }
        for inline in inlines {
            switch inline {
            case .text, .anchor:
                group.append(inline)
            case .strong(var content):
                flushGroup()
                link(&content)
                result.append(.strong(content))
            case .term(let mark):
                flushGroup()
                if let term = termIndex(for: mark) {
                    record(term)
                    result.append(linked([.text(mark.text)], term: term, at: mark.location))
                } else {
                    result.append(.text(mark.text))
                }
            default:
                flushGroup()
                result.append(inline)
            }
        }
        flushGroup()
        inlines = result
    }

    private mutating func termIndex(for mark: TermMark) -> Int? {
        if let index = termBySpelling[WidthFolding.foldedString(mark.text)] { return index }
        problems.append(Finding(.error, "'\(mark.text)' is not in the glossary", at: mark.location, stage: ""))
        return nil
    }

    /// Notes where terms appear in text that is not linked (headings, captions), for 掲載箇所.
    private mutating func recordUsage(in inlines: [Inline]) {
        for match in found(in: [inlines.plainText]).matches { record(match.term) }
    }

    private mutating func record(_ term: Int) {
        if volumeHoldsOwnText {
            if recorded.insert(RecordedUse(term: term, place: sectionTitle, repeated: false)).inserted { usage[term, default: []].append(sectionTitle) }
        } else {
            let place = "\(volumeName) \(sectionTitle)"
            if recorded.insert(RecordedUse(term: term, place: place, repeated: true)).inserted { repeatedUsage[term, default: []].append(place) }
        }
    }

    private struct RecordedUse: Hashable {
        let term: Int
        let place: String
        let repeated: Bool
    }

    /// The terms standing in a run of text, longest first, with how the run counts positions.
    private mutating func found(in texts: [String]) -> FoundTerms {
        if case .replaying(var ahead) = occurrences, let next = ahead.popFirst() {
            occurrences = .replaying(ahead)
            return next
        }
        let folded = FoldedRun(texts)
        let found = FoundTerms(matches: TermAutomaton.leftmostLongest(folded.matches(of: automaton)) { stands($0, in: folded) },
                               countsScalars: folded.countsScalars)
        if case .collecting(var all) = occurrences {
            occurrences = .finding  // let go of the array's buffer while appending to it
            all.append(found)
            occurrences = .collecting(all)
        }
        return found
    }

    /// Whether an occurrence is the term rather than part of a longer word: a term that begins (or
    /// ends) with a Latin letter or digit must not touch another there (DV in DVD, NPO in NPOs), and
    /// an occurrence inside one of the term's `not-in` strings (市民 in 都市民俗) is not the term.
    private func stands(_ match: TermAutomaton.Match, in text: FoldedRun) -> Bool {
        if match.start > 0, text.isLatinAlphanumeric(at: match.start), text.isLatinAlphanumeric(at: match.start - 1) {
            return false
        }
        if match.end < text.count, text.isLatinAlphanumeric(at: match.end - 1), text.isLatinAlphanumeric(at: match.end) {
            return false
        }
        let length = match.end - match.start
        for exclusion in exclusions[match.term] where exclusion.characters.count > length {
            // Every place the exclusion could start so that it covers the occurrence.
            for offset in 0...(exclusion.characters.count - length) where text.holds(exclusion, at: match.start - offset) {
                return false
            }
        }
        return true
    }

    private mutating func linkGroup(_ group: [Inline]) -> [Inline] {
        var texts: [String] = []
        var fallback: SourceLocation?
        for inline in group {
            if case .text(let text) = inline { texts.append(text) }
            if case .anchor(let location) = inline, fallback == nil { fallback = location }
        }
        let found = found(in: texts)
        // Collecting only finds; the linking pass chooses and cuts.
        if case .collecting = occurrences { return group }
        var chosen: [TermAutomaton.Match] = []
        for match in found.matches {
            record(match.term)
            guard let key = scopeKey(for: match.term) else { chosen.append(match); continue }
            if !linkedIn.contains(key) { linkedIn.insert(key); chosen.append(match) }
        }
        guard !chosen.isEmpty else { return group }
        // Rebuild the group, cutting text at the chosen matches; anchors inside a match go into it.
        var result: [Inline] = []
        var marked: [Inline]?
        var offset = 0
        var next = 0
        var location = fallback ?? blockLocation
        for inline in group {
            guard case .text(let text) = inline else {
                if case .anchor(let anchor) = inline { location = anchor }
                if marked != nil { marked!.append(inline) } else { result.append(inline) }
                continue
            }
            let chars = TextCutter(text, byScalars: found.countsScalars)
            var i = 0
            while i < chars.count {
                if var open = marked {
                    let end = min(chars.count, chosen[next].end - offset)
                    open.append(.text(chars.text(i..<end)))
                    i = end
                    if offset + i == chosen[next].end {
                        result.append(linked(open, term: chosen[next].term, at: location))
                        marked = nil
                        next += 1
                    } else {
                        marked = open
                    }
                } else if next < chosen.count, chosen[next].start < offset + chars.count {
                    let start = chosen[next].start - offset
                    if start > i { result.append(.text(chars.text(i..<start))) }
                    i = start
                    marked = []
                } else {
                    result.append(.text(chars.text(i..<chars.count)))
                    i = chars.count
                }
            }
            offset += chars.count
        }
        return result
    }

    /// A link to a term: a footnote with its short definition away from the glossary, a link to the
    /// entry in the glossary's own volume.
    private mutating func linked(_ marked: [Inline], term: Int, at location: SourceLocation) -> Inline {
        let entry = glossary[term]
        if let home, home.volume == volume {
            let target = ResolvedTarget(volume: home.volume, section: home.section, anchor: entryIDs[term], text: entry.term)
            return .reference(CrossReference(target: entryIDs[term], label: marked.plainText, location: location, resolved: target,
                                             definition: entry.short))
        }
        footnoteCount += 1
        var note: [Inline] = [.strong([.text(entry.term)]), .text("：")] + entry.short
        if let home { note.append(.text("（→ \(home.pointer)）")) }
        let entryPlace = home.map { ResolvedTarget(volume: $0.volume, section: $0.section, anchor: entryIDs[term], text: entry.term) }
        return .footnote(Footnote(id: "glossary-note-\(footnoteCount)", marked: marked, note: note, entry: entryPlace))
    }
}
