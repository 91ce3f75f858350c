import ManuscriptCore

/// Finds what each limit applies to in the document and counts it.
struct LimitEvaluator {
    let document: Document
    let measure: Measure
    /// Every sentence of running text, found once.
    let sentences: [Sentence]
    /// Each section's printed text, extracted once and shared by the section and volume scopes.
    let sectionPieces: [String: [TextPiece]]
    /// Pages counted in the PDFs, when they were made: these replace the estimate for volumes and chapters.
    let measuredPages: MeasuredPages?

    init(document: Document, measure: Measure, measuredPages: MeasuredPages? = nil) {
        self.document = document
        self.measure = measure
        self.measuredPages = measuredPages
        sentences = Self.sentences(in: document)
        sectionPieces = Dictionary(document.volumes.flatMap(\.sections).map { ($0.id, ContentExtractor.pieces($0)) }) { first, _ in first }
    }

    /// A subject of a limit: its name in messages, the text to count and where it is.
    struct Subject {
        let name: String
        let pieces: [TextPiece]
        let location: SourceLocation
        /// For volume page estimates: the pieces of each chapter, each starting a new page.
        var chapters: [[TextPiece]] = []
        /// The pages of a volume or chapter in its PDF, when one was made.
        var measuredPages: Int?
    }

    func measurements(for limit: Limit) throws -> [Measurement] {
        if limit.scope == .sentence { return sentenceMeasurements(for: limit) }
        return try subjects(for: limit).map { subject in
            let value = count(subject, in: limit.unit)
            return Measurement(scope: Self.scopeName(limit.scope), subject: subject.name, unit: limit.unit.rawValue, value: value,
                               warning: limit.warning, error: limit.error, status: limit.status(of: value), location: subject.location,
                               pages: limit.unit == .pages ? PageBasis(measured: subject.measuredPages != nil) : nil)
        }
    }

    func count(_ subject: Subject, in unit: CountingUnit) -> Double {
        if unit == .pages, let measured = subject.measuredPages { return Double(measured) }
        guard unit == .pages, !subject.chapters.isEmpty else { return measure.count(subject.pieces, in: unit) }
        // A volume: title page, table of contents, then each chapter from a new page.
        let contents = subject.chapters.reduce(0) { $0 + $1.filter { if case .heading = $0.shape { true } else { false } }.count }
        let tocPages = (Double(contents) / Double(measure.rules.linesPerPage)).rounded(.up)
        // A chapter over its last page by less than a tenth of a page (3–4 lines) is taken to fit: the
        // estimate's heading space runs a little over what the printed page needs (calibrated against
        // the PDFs of the sample's volumes, see PDFOutputTests).
        return 1 + tocPages + subject.chapters.reduce(0) { $0 + max(1, (measure.count($1, in: .pages) - 0.1).rounded(.up)) }
    }

    /// Sentences are many: only those over a threshold are measured and reported one by one. A
    /// sentence with no more Unicode scalars than the lower threshold cannot exceed it (graphemes
    /// after NFC never outnumber scalars, and no character is wider than 1), so it is not counted.
    func sentenceMeasurements(for limit: Limit) -> [Measurement] {
        let bound = min(limit.warning ?? .infinity, limit.error ?? .infinity)
        return sentences.compactMap { sentence in
            guard Double(sentence.text.unicodeScalars.count) > bound else { return nil }
            let value = measure.count([TextPiece(sentence.text, .body)], in: limit.unit)
            let status = limit.status(of: value)
            guard status != .ok else { return nil }
            return Measurement(scope: "sentence", subject: "sentence \"\(Self.excerpt(sentence.text))\"", unit: limit.unit.rawValue, value: value,
                               warning: limit.warning, error: limit.error, status: status, location: sentence.location)
        }
    }

    static func scopeName(_ scope: LimitScope) -> String {
        switch scope {
        case .volume: "volume"
        case .section: "section"
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
            return [volumeSubject(volume)]
        case .summary:
            return document.volumes.first { $0.id == Volume.summaryID }.map { [volumeSubject($0)] } ?? []
        case .section(let id, let subsections):
            if id == "*" {
                return document.volumes.flatMap(\.sections).map { section in
                    Subject(name: "section \"\(section.id)\"", pieces: sectionPieces[section.id] ?? [], location: section.location,
                            measuredPages: measuredPages?.sections[section.id])
                }
            }
            guard let subject = sectionSubject(id, subsections: subsections) else {
                throw AssemblyError("no section or heading with id '\(id)'", at: at)
            }
            return [subject]
        case .blocks(let kind):
            return blockSubjects(kind)
        case .sentence:
            return []  // see sentenceMeasurements(for:)
        }
    }

    private func volumeSubject(_ volume: Volume) -> Subject {
        let chapters = volume.sections.map { sectionPieces[$0.id] ?? [] }
        return Subject(name: "volume \"\(volume.id)\"", pieces: chapters.flatMap { $0 },
                       location: volume.sections.first?.location ?? .start(of: "edition.yaml"), chapters: chapters,
                       measuredPages: measuredPages?.volumes[volume.id])
    }

    /// A section by id, or a heading's subsection: up to the next heading of the same or a higher
    /// level (with subsections) or of any level (without).
    private func sectionSubject(_ id: String, subsections: Bool) -> Subject? {
        let suffix = subsections ? "" : " without its subsections"
        for section in document.volumes.flatMap(\.sections) {
            if section.id == id {
                let end = subsections ? section.blocks.endIndex : (section.blocks.firstIndex(where: Self.isHeading) ?? section.blocks.endIndex)
                return Subject(name: "section \"\(id)\"\(suffix)", pieces: ContentExtractor.pieces(section, blocks: section.blocks[..<end]),
                               location: section.location, measuredPages: subsections ? measuredPages?.sections[id] : nil)
            }
            guard let start = section.blocks.firstIndex(where: { $0.id == id }),
                  case .heading(let heading) = section.blocks[start].content else { continue }
            let rest = section.blocks[(start + 1)...]
            let end = rest.firstIndex { block in
                guard case .heading(let next) = block.content else { return false }
                return !subsections || next.level <= heading.level
            } ?? section.blocks.endIndex
            return Subject(name: "section \"\(id)\"\(suffix)", pieces: ContentExtractor.pieces(section, blocks: section.blocks[start..<end], withTitle: false),
                           location: section.blocks[start].location)
        }
        return nil
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block.content { true } else { false }
    }

    private func blockSubjects(_ kind: String) -> [Subject] {
        var subjects: [Subject] = []
        if kind == "heading" {
            for section in document.volumes.flatMap(\.sections) {
                subjects.append(Subject(name: "heading \"\(Self.excerpt(section.title))\"", pieces: [TextPiece(section.title, .heading)], location: section.location))
            }
        }
        for place in document.blockPlaces {
            let block = place.block
            switch (kind, block.content) {
            case ("heading", .heading(let heading)):
                subjects.append(Subject(name: "heading \"\(Self.excerpt(heading.text.plainText))\"", pieces: ContentExtractor.pieces(block), location: block.location))
            case ("paragraph", .paragraph), ("list", .list), ("table", .table), ("metrics", .metrics), ("callout", .callout):
                let name = block.printedName.map { "\(kind) \"\(Self.excerpt($0))\"" } ?? kind
                subjects.append(Subject(name: name, pieces: ContentExtractor.pieces(block), location: block.location))
            case ("list-item", .list(let list)):
                subjects += list.items.map { Subject(name: "list item", pieces: [TextPiece($0.plainText, .item)], location: block.location) }
            case ("caption", .table), ("caption", .metrics), ("caption", .figure):
                if let name = block.printedName {
                    subjects.append(Subject(name: "caption \"\(Self.excerpt(name))\"", pieces: [TextPiece(name, .item)], location: block.location))
                }
            case ("roles", .custom(let custom)) where custom.kind == "roles":
                subjects += Self.responsibilities(in: custom).map { actor, text, location in
                    Subject(name: "responsibility of '\(actor)'", pieces: [TextPiece(text.plainText, .item)], location: location)
                }
            default:
                break
            }
        }
        return subjects
    }

    /// Every sentence of running text: paragraphs, list items, table cells and responsibilities;
    /// blocks marked `sentence-check: false` (quotations, generated lists) are left out.
    private static func sentences(in document: Document) -> [Sentence] {
        var sentences: [Sentence] = []
        for place in document.blockPlaces where place.block.options[CharacterLimitsStage.sentenceCheckOption] != "false" {
            let block = place.block
            switch block.content {
            case .paragraph(let text): sentences += Sentence.split(text, fallback: block.location)
            case .list(let list): sentences += list.items.flatMap { Sentence.split($0, fallback: block.location) }
            case .table(let table):
                sentences += table.rows.flatMap { $0.flatMap { Sentence.split($0, fallback: block.location, terminatedOnly: true) } }
            case .custom(let custom) where custom.kind == "roles":
                sentences += Self.responsibilities(in: custom).flatMap { Sentence.split($0.text, fallback: $0.location) }
            default: break
            }
        }
        return sentences
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
