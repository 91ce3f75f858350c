import Foundation

/// The checks a document passes before any writer sees it, whether the loader read it or a stage
/// returned it: ids in the safe alphabet and unique, links parsed strictly, image paths and sizes a
/// writer can use, nesting within bounds, the edition's language tag and dates, titles that print. Ids become file names, zip entries and XML ids, so nothing
/// else reaches a writer.
struct DocumentValidation {
    struct Problem {
        let message: String
        let location: SourceLocation
    }

    static let maximumCalloutDepth = 8
    static let maximumImageMillimetres = 1000.0
    static let maximumPixels = 100_000

    private(set) var problems: [Problem] = []
    /// Where a problem goes when what is at fault has no location (a stage may leave it empty).
    private let fallback: SourceLocation
    private(set) var ids = ClaimedIDs()
    private var volumeIDs: Set<String> = []
    /// Ids the writers make from others (a section's title, a footnote's mark, a chart's parts), with
    /// what makes them: an authored id equal to one would be a duplicate XML id in the EPUB.
    private var generated: [String: GeneratedID] = [:]
    /// What the checks found, in document order. Sections are checked side by side, each into
    /// events of its own; the ids they claim are then settled in order, so which of two equal ids
    /// is the duplicate, and the order of the problems, never depend on timing.
    private var events: [Event] = []
    /// How many ids and generated ids the events claim, to size the tables once.
    private var claimCount = 0
    private var generatedCount = 0

    private enum Event {
        case problem(Problem)
        case claim(String, SourceLocation, isFootnote: Bool)
        case generated(String, GeneratedID)
    }

    /// What makes a generated id; its sentence is written only for an id that clashes.
    private enum GeneratedID {
        case sectionTitle(String), footnoteMark(String), chartPart(String)

        var maker: String {
            switch self {
            case .sectionTitle(let section): "the EPUB gives the title of section '\(section)'"
            case .footnoteMark(let footnote): "the EPUB gives the mark of footnote '\(footnote)'"
            case .chartPart(let chart): "the EPUB gives a part of chart '\(chart)'"
            }
        }
    }

    static func problems(in document: Document, fallback: SourceLocation) -> [Problem] {
        validation(of: document, fallback: fallback).problems
    }

    /// The document's problems and the ids it claims.
    static func validation(of document: Document, fallback: SourceLocation) -> DocumentValidation {
        var validation = DocumentValidation(fallback: fallback)
        validation.check(document)
        validation.checkGeneratedIDs()
        return validation
    }

    private init(fallback: SourceLocation) { self.fallback = fallback }

    private mutating func check(_ document: Document) {
        let sections = document.volumes.flatMap { volume in volume.sections }
        let fallback = fallback
        let checked = ConcurrentWork.map(sections) { section in
            var validation = DocumentValidation(fallback: fallback)
            validation.check(section)
            return validation
        }
        // Sized once: growing them rehashes every id, and a long manuscript has tens of thousands.
        ids.claims.reserveCapacity(checked.reduce(0) { $0 + $1.claimCount })
        generated.reserveCapacity(checked.reduce(0) { $0 + $1.generatedCount })
        check(document.edition)
        var next = checked.makeIterator()
        for volume in document.volumes {
            let start = volume.sections.first.map { place($0.location) } ?? fallback
            checkID(volume.id, what: "volume id", at: start)
            if !volumeIDs.insert(volume.id).inserted { report("duplicate volume id '\(volume.id)'", at: start) }
            checkTitle(volume.title, what: "volume title", at: document.edition.fieldLocations?["volumes.\(volume.id).title"] ?? start)
            settlePending()
            for _ in volume.sections { settle(next.next()!.events) }
        }
        settlePending()
    }

    private mutating func check(_ section: Section) {
        let location = place(section.location)
        claim(section.id, what: "section id", at: location)
        generate((section.id + "-title", .sectionTitle(section.id)))
        checkTitle(section.title, what: "section title", at: location)
        check(section.blocks, depth: 0, in: location)
    }

    /// Settles this validation's own events (the edition's and a volume's checks).
    private mutating func settlePending() {
        let pending = events
        events = []
        settle(pending)
    }

    /// Turns the events into problems, claiming each id where it first occurs.
    private mutating func settle(_ events: [Event]) {
        for event in events {
            switch event {
            case .problem(let problem):
                problems.append(problem)
            case .claim(let id, let location, let isFootnote):
                if let first = ids.claims[id]?.location {
                    problems.append(problem("duplicate id '\(id)'; first used at \(first)", at: location))
                } else {
                    ids.claims[id] = ClaimedIDs.Claim(location: location, isFootnote: isFootnote)
                }
            case .generated(let id, let maker):
                generated[id] = maker
            }
        }
    }

    private mutating func check(_ blocks: [Block], depth: Int, in sectionLocation: SourceLocation) {
        for block in blocks {
            let location = block.location.path.isEmpty ? sectionLocation : block.location
            if let id = block.id { claim(id, what: "block id", at: location) }
            block.content.forEachInlineRun { check($0, at: location) }
            switch block.content {
            case .heading(let heading):
                if !(1...6).contains(heading.level) { report("heading level \(heading.level) must be from 1 to 6", at: location) }
                checkTitle(heading.text.plainText, what: "heading", at: location)
            case .callout(let callout):
                checkTitle(callout.title, what: "callout title", at: location)
                if depth >= Self.maximumCalloutDepth {
                    report("callouts are nested deeper than \(Self.maximumCalloutDepth) levels", at: location)
                } else {
                    check(callout.blocks, depth: depth + 1, in: sectionLocation)
                }
            case .chart(let chart):
                guard let id = block.id else {
                    report("a chart block needs an id (the EPUB names its figure and SVG parts by it)", at: location)
                    break
                }
                let patterns = max(chart.series.count, chart.categories.count)
                for part in ["title", "desc"] + (0..<patterns).map({ "pattern-\($0)" }) {
                    generate((id + "-" + part, .chartPart(id)))
                }
            case .figure(let figure):
                checkPath(figure.source, at: location)
                checkPixels(figure.pixelWidth, figure.pixelHeight, at: location)
            default: break
            }
        }
    }

    private mutating func check(_ inlines: [Inline], at location: SourceLocation) {
        for inline in inlines {
            switch inline {
            case .strong(let content), .changed(let content): check(content, at: location)
            case .link(let url, let content):
                if let problem = SafeURL.problem(with: url) { report("link target '\(url)' \(problem)", at: location) }
                check(content, at: location)
            case .reference(let reference):
                checkID(reference.target, what: "reference target", at: reference.location.path.isEmpty ? location : reference.location)
                if let definition = reference.definition { check(definition, at: location) }
            case .footnote(let footnote):
                claim(footnote.id, what: "footnote id", at: location, isFootnote: true)
                generate(("ref-" + footnote.id, .footnoteMark(footnote.id)))
                check(footnote.marked, at: location)
                check(footnote.note, at: location)
                if let entry = footnote.entry {
                    // They become a link's file and fragment in the web edition.
                    for (id, what) in [(entry.volume, "footnote entry volume"), (entry.section, "footnote entry section"), (entry.anchor, "footnote entry anchor")] {
                        checkID(id, what: what, at: location)
                    }
                }
            case .image(let image):
                checkPath(image.source, at: location)
                checkPixels(image.pixelWidth, image.pixelHeight, at: location)
                if !(image.widthMillimetres.isFinite && image.widthMillimetres > 0 && image.widthMillimetres <= Self.maximumImageMillimetres) {
                    report("image width \(image.widthMillimetres) mm must be more than 0 and at most \(Int(Self.maximumImageMillimetres)) mm", at: location)
                }
            case .text, .term, .lineBreak, .anchor: break
            }
        }
    }

    /// The loader's checks of edition.yaml, for what a stage may have changed.
    private mutating func check(_ edition: Edition) {
        let places = edition.fieldLocations ?? [:]
        checkTitle(edition.title, what: "title", at: places["title"] ?? fallback)
        if !LanguageTag.isValid(edition.language) {
            report("language '\(edition.language)' must be a BCP 47 language tag such as ja or ja-JP", at: fallback)
        }
        let dates = [("date", edition.date)] + (edition.publicComment.map { [("public-comment from", $0.from), ("public-comment to", $0.to)] } ?? [])
        for (what, date) in dates where BuildDate(editionDate: date) == nil {
            report("\(what) '\(date)' must be a calendar date written YYYY-MM-DD", at: fallback)
        }
    }

    /// Titles print on covers, contents and headings: an empty or blank one would leave a gap.
    private mutating func checkTitle(_ title: String, what: String, at location: SourceLocation) {
        if !title.contains(where: { !$0.isWhitespace }) { report("\(what) is empty or blank; write the text it should print", at: location) }
    }

    private mutating func checkGeneratedIDs() {
        let clashes = generated.compactMap { ids.claims[$0.key] == nil ? nil : $0 }
        for (id, maker) in clashes.sorted(by: { $0.key < $1.key }) {
            problems.append(problem("id '\(id)' is the one \(maker.maker); rename it", at: ids.claims[id]!.location))
        }
    }

    private mutating func generate(_ generated: (id: String, maker: GeneratedID)) {
        events.append(.generated(generated.id, generated.maker))
        generatedCount += 1
    }

    private mutating func claim(_ id: String, what: String, at location: SourceLocation, isFootnote: Bool = false) {
        checkID(id, what: what, at: location)
        events.append(.claim(id, location, isFootnote: isFootnote))
        claimCount += 1
    }

    private mutating func checkID(_ id: String, what: String, at location: SourceLocation) {
        guard !Identifier.isValid(id) else { return }
        report("\(what) '\(id)' must be 1–64 characters of a-z, 0-9 and '-', starting with a letter or digit", at: location)
    }

    /// A path relative to the manuscript folder, without '..', that stays a plain zip entry name.
    private mutating func checkPath(_ path: String, at location: SourceLocation) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let safe = !path.isEmpty && !path.hasPrefix("/") && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
            && !path.unicodeScalars.contains { MessageText.needsEscape($0) || "\\:\"'<>&?#*|".unicodeScalars.contains($0) }
        if !safe { report("image path '\(path)' must be a relative path inside the manuscript folder, without '..'", at: location) }
    }

    private mutating func checkPixels(_ width: Int, _ height: Int, at location: SourceLocation) {
        let range = 1...Self.maximumPixels
        if !range.contains(width) || !range.contains(height) {
            report("image size \(width)×\(height) pixels must be from 1 to \(Self.maximumPixels) each way", at: location)
        }
    }

    private func place(_ location: SourceLocation) -> SourceLocation { location.path.isEmpty ? fallback : location }

    private mutating func report(_ message: String, at location: SourceLocation) {
        events.append(.problem(problem(message, at: location)))
    }

    private func problem(_ message: String, at location: SourceLocation) -> Problem {
        Problem(message: MessageText.escaped(message), location: place(location))
    }
}
