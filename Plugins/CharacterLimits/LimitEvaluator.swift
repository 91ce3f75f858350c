import ManuscriptCore

/// Finds what each limit applies to in the document and counts it.
struct LimitEvaluator {
    let document: Document
    let measure: Measure
    /// Every sentence of running text, found once, by the section it is in.
    let sentences: [(sentences: [Sentence], volume: Volume, section: Section)]
    var sentenceCount: Int { sentences.reduce(0) { $0 + $1.sentences.count } }
    /// Each section's printed text, extracted once and shared by the section and volume scopes.
    let sectionPieces: [String: [TextPiece]]
    /// Sections with a limit of their own (or an exemption), which replaces `"*"` of the same unit.
    private let ownLimits: Set<OwnLimit>
    /// How the report names subjects: volumes, chapters and actors as printed.
    var naming: SubjectNaming

    private struct OwnLimit: Hashable {
        let section: String
        let unit: CountingUnit
        let subsections: Bool
    }

    /// Pages counted in the PDFs, when they were made: these replace the estimate for volumes and chapters.
    let measuredPages: MeasuredPages?

    init(document: Document, measure: Measure, limits: [Limit] = [], measuredPages: MeasuredPages? = nil) {
        self.document = document
        self.measure = measure
        self.measuredPages = measuredPages
        // Each section's text and sentences, the sections side by side.
        let sections = document.volumes.flatMap { volume in volume.sections.map { (volume: volume, section: $0) } }
        let found = ConcurrentWork.map(sections) { volume, section in
            (pieces: ContentExtractor.pieces(section), sentences: Self.sentences(in: section.blockPlaces(in: volume)))
        }
        sentences = zip(sections, found).compactMap { place, found in
            found.sentences.isEmpty ? nil : (found.sentences, place.volume, place.section)
        }
        sectionPieces = Dictionary(zip(sections.map(\.section.id), found.map(\.pieces))) { first, _ in first }
        ownLimits = Set(limits.compactMap { limit in
            guard case .section(let id, let subsections) = limit.scope else { return nil }
            return OwnLimit(section: id, unit: limit.unit, subsections: subsections)
        })
        naming = SubjectNaming(document: document)
    }

    /// A subject of a limit: its name in messages, the text to count and where it is.
    struct Subject {
        let name: String
        let pieces: [TextPiece]
        let location: SourceLocation
        /// For volume page estimates: the pieces of each chapter, each starting a new page.
        var chapters: [[TextPiece]] = []
        /// How the report names it, where it sits, and its text when that is what is counted.
        var label = SubjectLabel(name: "")
        /// The pages of a volume or chapter in its PDF, when one was made.
        var measuredPages: Int?
        /// For volume page estimates: how the volume is printed.
        var layout: VolumeLayout = .book
    }

    /// Each subject's count, rounded as the unit is written (``CountingUnit/rounded(_:)``) before it
    /// is compared, so the figure a message prints is the one that was judged.
    func measurements(for limit: Limit) throws -> [Measurement] {
        if limit.scope == .sentence { return sentenceMeasurements(for: limit) }
        if limit.exempt, case .section(let id, _) = limit.scope {
            guard document.volumes.contains(where: { $0.sections.contains { $0.id == id } }) else {
                let ids = document.volumes.flatMap(\.sections).map(\.id)
                throw AssemblyError("no section with id '\(id)' to exempt" + Suggestion.hint(for: id, among: ids), at: limit.location ?? .start(of: "limits"))
            }
            return []
        }
        return try subjects(for: limit).map { subject in
            let value = limit.unit.rounded(count(subject, in: limit.unit))
            return Measurement(scope: Self.scopeName(limit.scope), subject: subject.name, unit: limit.unit.rawValue, value: value,
                               warning: limit.warning, error: limit.error, status: limit.status(of: value), location: subject.location,
                               label: subject.label, pages: limit.unit == .pages ? PageBasis(measured: subject.measuredPages != nil) : nil,
                               counts: counts(subject))
        }
    }

    static let contentsEntriesPerPage = 42.0

    func count(_ subject: Subject, in unit: CountingUnit) -> Double {
        if unit == .pages, let measured = subject.measuredPages { return Double(measured) }
        guard unit == .pages, !subject.chapters.isEmpty else { return measure.count(subject.pieces, in: unit) }
        // A chapter over its last page by less than a tenth of a page (3–4 lines) is taken to fit: the
        // estimate's heading space runs a little over what the printed page needs (calibrated against
        // the PDFs of the sample's volumes, see PDFOutputTests).
        func fitted(_ pages: Double) -> Double { max(1, (pages - 0.1).rounded(.up)) }
        switch subject.layout {
        case .booklet:
            // A cover, then the chapters running on, a blank line or two apart.
            return 1 + runningPages(subject.chapters)
        case .form:
            return subject.chapters.reduce(0) { $0 + fitted(measure.count($1, in: .pages)) }
        case .book:
            // A title page, the table of contents, then each chapter from a new page.
            // Its entries are the chapters' titles and headings, set closer than body lines: a page
            // of the printed 目次 holds about 42 (36 filled 85% of the seed-002 fixture's).
            let contents = subject.chapters.reduce(0) { $0 + $1.filter { if case .heading = $0.shape { true } else { false } }.count }
            let tocPages = (Double(contents) / Self.contentsEntriesPerPage).rounded(.up)
            return 1 + tocPages + subject.chapters.reduce(0) { $0 + fitted(measure.count($1, in: .pages)) }
        }
    }

    /// Pages of chapters that run on, a blank line or two apart, laid out piece by piece: a short
    /// table that would cross the foot of a page starts the next one with its caption, as both
    /// writers keep it (``TableLayout/keepsTogether``), leaving the rest of the page blank.
    func runningPages(_ chapters: [[TextPiece]]) -> Double {
        let perPage = Double(measure.rules.linesPerPage)
        var pages = 0.0, used = 0.0
        for (index, chapter) in chapters.enumerated() {
            if index > 0 { used += 2 }
            for unit in Self.keptUnits(chapter) {
                let height = measure.count(unit, in: .pages) * perPage
                if unit.count > 1 && height <= perPage / 3 && used > 0 && used + height > perPage {
                    pages += 1
                    used = 0
                }
                used += height
                while used > perPage { used -= perPage; pages += 1 }
            }
        }
        // Less than a tenth of a page over is taken to fit, as for chapters (see `count`).
        return max(1, pages + (used > perPage * 0.1 ? 1 : 0))
    }

    /// The pieces as the page keeps them: a table's caption with its rows, every other piece alone.
    static func keptUnits(_ pieces: [TextPiece]) -> [[TextPiece]] {
        var units: [[TextPiece]] = []
        for piece in pieces {
            if case .row = piece.shape, let last = units.last?.last {
                if case .row = last.shape { units[units.count - 1].append(piece); continue }
                if case .item = last.shape, units[units.count - 1].count == 1 { units[units.count - 1].append(piece); continue }
            }
            units.append([piece])
        }
        return units
    }

    /// Sentences are many: only those over a threshold are measured and reported one by one. A
    /// sentence with no more Unicode scalars than the lower threshold cannot exceed it (graphemes
    /// after NFC never outnumber scalars, and no character is wider than 1), so it is not counted.
    func sentenceMeasurements(for limit: Limit) -> [Measurement] {
        let bound = min(limit.warning ?? .infinity, limit.error ?? .infinity)
        var measurements: [Measurement] = []
        for (found, volume, section) in sentences {
            for sentence in found where Double(sentence.text.unicodeScalars.count) > bound {
                let pieces = [TextPiece(sentence.text, .body)]
                let value = limit.unit.rounded(measure.count(pieces, in: limit.unit))
                let status = limit.status(of: value)
                guard status != .ok else { continue }
                measurements.append(Measurement(
                    scope: "sentence", subject: "sentence \"\(Self.excerpt(sentence.text))\"", unit: limit.unit.rawValue, value: value,
                    warning: limit.warning, error: limit.error, status: status, location: sentence.location,
                    label: naming.sentence(sentence.text, in: volume, section),
                    counts: counts(Subject(name: "", pieces: pieces, location: sentence.location))))
            }
        }
        return measurements
    }

    static func scopeName(_ scope: LimitScope) -> String {
        switch scope {
        case .volume: "volume"
        case .section, .everySection: "section"
        case .blocks(let kind): "blocks:\(kind)"
        case .sentence: "sentence"
        case .summary: "summary"
        }
    }

    func subjects(for limit: Limit) throws -> [Subject] {
        let at = limit.location ?? .start(of: "limits")
        switch limit.scope {
        case .volume(let id):
            guard let volume = document.volumes.first(where: { $0.id == id }) else {
                throw AssemblyError("no volume '\(id)' in this edition; volumes: \(document.volumes.map(\.id).joined(separator: ", "))", at: at)
            }
            return [volumeSubject(volume, limitAt: at)]
        case .summary:
            return document.volumes.first { $0.id == Volume.summaryID }.map { [volumeSubject($0, limitAt: at)] } ?? []
        case .everySection(let volumeID, let subsections):
            var volumes = document.volumes.filter(\.holdsOwnText)
            if let volumeID {
                guard let volume = document.volumes.first(where: { $0.id == volumeID }) else {
                    // Like `scope: summary`, a limit for the 概要版 waits for an edition that has one.
                    if volumeID == Volume.summaryID { return [] }
                    throw AssemblyError("no volume '\(volumeID)' in this edition; volumes: \(document.volumes.map(\.id).joined(separator: ", "))", at: at)
                }
                volumes = [volume]
            }
            return volumes.flatMap(\.sections).compactMap { section in
                guard !ownLimits.contains(OwnLimit(section: section.id, unit: limit.unit, subsections: subsections)) else { return nil }
                return sectionSubject(section, subsections: subsections)
            }
        case .section(let id, let subsections):
            guard let subject = sectionSubject(id, subsections: subsections) else {
                let ids = document.volumes.flatMap(\.sections).flatMap { [$0.id] + $0.blocks.compactMap(\.id) }
                throw AssemblyError("no section or heading with id '\(id)'" + Suggestion.hint(for: id, among: ids), at: at)
            }
            return [subject]
        case .blocks(let kind):
            return blockSubjects(kind)
        case .sentence:
            return []  // see sentenceMeasurements(for:)
        }
    }

    /// A volume is located at the limit it is counted against: its size is no one section's doing.
    private func volumeSubject(_ volume: Volume, limitAt location: SourceLocation) -> Subject {
        let chapters = volume.sections.map { sectionPieces[$0.id] ?? [] }
        return Subject(name: "volume \"\(volume.id)\"", pieces: chapters.flatMap { $0 }, location: location, chapters: chapters,
                       label: naming.volume(volume), measuredPages: measuredPages?.volumes[volume.id], layout: volume.layout ?? .book)
    }

    /// A section by id, or a heading's subsection: up to the next heading of the same or a higher
    /// level (with subsections) or of any level (without).
    private func sectionSubject(_ id: String, subsections: Bool) -> Subject? {
        let suffix = subsections ? "" : " without its subsections"
        for section in document.volumes.flatMap(\.sections) {
            if section.id == id { return sectionSubject(section, subsections: subsections) }
            guard let start = section.blocks.firstIndex(where: { $0.id == id }),
                  case .heading(let heading) = section.blocks[start].content else { continue }
            let rest = section.blocks[(start + 1)...]
            let end = rest.firstIndex { block in
                guard case .heading(let next) = block.content else { return false }
                return !subsections || next.level <= heading.level
            } ?? section.blocks.endIndex
            return Subject(name: "section \"\(id)\"\(suffix)", pieces: ContentExtractor.pieces(section, blocks: section.blocks[start..<end], withTitle: false),
                           location: section.blocks[start].location,
                           label: naming.subsection(heading.text.plainText, of: section, withSubsections: subsections))
        }
        return nil
    }

    private func sectionSubject(_ section: Section, subsections: Bool) -> Subject {
        guard !subsections else {
            return Subject(name: "section \"\(section.id)\"", pieces: sectionPieces[section.id] ?? [], location: section.location,
                           label: naming.section(section), measuredPages: measuredPages?.sections[section.id])
        }
        let end = section.blocks.firstIndex(where: Self.isHeading) ?? section.blocks.endIndex
        return Subject(name: "section \"\(section.id)\" without its subsections", pieces: ContentExtractor.pieces(section, blocks: section.blocks[..<end]),
                       location: section.location, label: naming.section(section, withSubsections: false))
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block.content { true } else { false }
    }

    private func blockSubjects(_ kind: String) -> [Subject] {
        var subjects: [Subject] = []
        if kind == "heading" {
            for section in document.volumes.flatMap(\.sections) {
                subjects.append(Subject(name: "heading \"\(Self.excerpt(section.title))\"", pieces: [TextPiece(section.title, .heading)], location: section.location,
                                        label: naming.block("heading", text: section.title, in: section)))
            }
        }
        for place in document.blockPlaces {
            let block = place.block
            switch (kind, block.content) {
            case ("heading", .heading(let heading)):
                subjects.append(Subject(name: "heading \"\(Self.excerpt(heading.text.plainText))\"", pieces: ContentExtractor.pieces(block), location: block.location,
                                        label: naming.block(kind, text: heading.text.plainText, in: place.section)))
            case ("paragraph", .paragraph), ("list", .list), ("table", .table), ("metrics", .metrics), ("callout", .callout):
                let name = block.printedName.map { "\(kind) \"\(Self.excerpt($0))\"" } ?? kind
                let pieces = ContentExtractor.pieces(block)
                subjects.append(Subject(name: name, pieces: pieces, location: block.location,
                                        label: naming.block(kind, name: block.printedName, text: pieces.map(\.text).joined(separator: "\n"), in: place.section)))
            case ("list-item", .list(let list)):
                subjects += list.items.map {
                    Subject(name: "list item", pieces: [TextPiece($0.plainText, .item)], location: block.location,
                            label: naming.block(kind, text: $0.plainText, in: place.section))
                }
            case ("caption", .table), ("caption", .metrics), ("caption", .figure):
                if let name = block.printedName {
                    subjects.append(Subject(name: "caption \"\(Self.excerpt(name))\"", pieces: [TextPiece(name, .item)], location: block.location,
                                            label: naming.block(kind, text: name, in: place.section)))
                }
            case ("roles", .custom(let custom)) where custom.kind == "roles":
                subjects += Self.responsibilities(in: custom).map { actor, text, location in
                    Subject(name: "responsibility of '\(actor)'", pieces: [TextPiece(text.plainText, .item)], location: location,
                            label: naming.responsibility(of: actor, text: text.plainText, in: place.section))
                }
            default:
                break
            }
        }
        return subjects
    }

    /// Every sentence of running text: paragraphs, list items, table cells and responsibilities;
    /// blocks marked `sentence-check: false` (quotations, generated lists) are left out.
    private static func sentences(in places: some Sequence<BlockPlace>) -> [Sentence] {
        var sentences: [Sentence] = []
        for place in places where place.block.options[CharacterLimitsStage.sentenceCheckOption] != "false" {
            let block = place.block
            switch block.content {
            case .paragraph(let text): Sentence.split(text, fallback: block.location, into: &sentences)
            case .list(let list): for item in list.items { Sentence.split(item, fallback: block.location, into: &sentences) }
            case .table(let table):
                for row in table.rows { for cell in row { Sentence.split(cell, fallback: block.location, terminatedOnly: true, into: &sentences) } }
            case .custom(let custom) where custom.kind == "roles":
                for responsibility in Self.responsibilities(in: custom) { Sentence.split(responsibility.text, fallback: responsibility.location, into: &sentences) }
            default: break
            }
        }
        return sentences
    }

    /// The subject in every unit, for the report's spreadsheet.
    /// The subject in every unit, each at its unit's precision.
    func counts(_ subject: Subject) -> Measurement.Counts {
        func rounded(_ unit: CountingUnit) -> Double { unit.rounded(count(subject, in: unit)) }
        return Measurement.Counts(characters: rounded(.characters), fullwidthEquivalent: rounded(.fullwidthEquivalent),
                                  manuscriptSheets: rounded(.manuscriptSheets), pages: rounded(.pages))
    }

    /// The texts of a `roles` declaration, as the role-tables stage reads them; unreadable ones are
    /// that stage's to report.
    static func responsibilities(in block: CustomBlock) -> [(actor: String, text: [Inline], location: SourceLocation)] {
        guard let roles = try? block.data.mapping("roles"), let mapping = try? roles["responsibilities"]?.mapping("responsibilities") else { return [] }
        return mapping.pairs.flatMap { pair -> [(String, [Inline], SourceLocation)] in
            let actor = (try? pair.key.string("actor")) ?? "?"
            let nodes: [YAMLNode] = if case .sequence(let items) = pair.value.kind { items } else { [pair.value] }
            return nodes.compactMap { node in (try? node.inlineText("a responsibility")).map { (actor, $0, node.location) } }
        }
    }

    static func excerpt(_ text: String) -> String {
        text.count <= 20 ? text : String(text.prefix(20)) + "…"
    }
}
