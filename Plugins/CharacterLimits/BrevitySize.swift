import ManuscriptCore

/// A volume or chapter in every unit, with the limits it is counted against.
struct BrevitySize: Encodable {
    let id: String
    let title: String
    /// The volume's short title (本編, 資料編, 概要版); for a volume, its own.
    let volume: String
    let characters: Double
    let fullwidthEquivalent: Double
    let manuscriptSheets: Double
    let pages: Double
    /// Whether `pages` was counted in the PDF or estimated.
    let pagesCounted: PageBasis
    /// The limits the chapter or volume is counted against, one bar each.
    let limits: [Measurement]

    func count(in unit: CountingUnit) -> Double {
        switch unit {
        case .characters: characters
        case .fullwidthEquivalent: fullwidthEquivalent
        case .manuscriptSheets: manuscriptSheets
        case .pages: pages
        }
    }

    /// Every volume of the document with its chapters, counted by `evaluator`.
    static func volumes(of document: Document, evaluator: LimitEvaluator, measurements: [Measurement] = [])
        -> [(volume: BrevitySize, chapters: [BrevitySize])] {
        // Grouped once: a large manuscript has thousands of measured headings and sentences.
        // Every figure at its unit's precision, as messages print it (no 12.299999999999999).
        func count(_ subject: LimitEvaluator.Subject, _ unit: CountingUnit) -> Double { unit.rounded(evaluator.count(subject, in: unit)) }
        let bySubject = Dictionary(grouping: measurements.filter { ["section", "volume", "summary"].contains($0.scope) }, by: \.subject)
        return document.volumes.map { volume in
            let short = SubjectNaming.shortTitle(of: volume)
            let chapters = volume.sections.map { section in
                let subject = LimitEvaluator.Subject(name: section.id, pieces: evaluator.sectionPieces[section.id] ?? [], location: section.location,
                                                     measuredPages: evaluator.measuredPages?.sections[section.id])
                let own = (bySubject["section \"\(section.id)\""] ?? []).filter { $0.scope == "section" }
                return BrevitySize(id: section.id, title: section.displayTitle, volume: short, characters: count(subject, .characters),
                                   fullwidthEquivalent: count(subject, .fullwidthEquivalent),
                                   manuscriptSheets: count(subject, .manuscriptSheets), pages: count(subject, .pages),
                                   pagesCounted: PageBasis(measured: subject.measuredPages != nil), limits: own)
            }
            // A volume's characters are its chapters' sums; its sheets and pages are laid out as a
            // `volume` limit counts them (sheets run on from chapter to chapter; pages add a title page
            // and contents), not summed from rounded chapters.
            let limit = Limit(scope: .volume(volume.id), unit: .pages, warning: nil, error: nil, location: nil)
            let whole = (try? evaluator.subjects(for: limit))?.first
            let own = (bySubject["volume \"\(volume.id)\""] ?? []).filter { $0.scope == "volume" || ($0.scope == "summary" && volume.id == Volume.summaryID) }
            let size = BrevitySize(id: volume.id, title: volume.title, volume: short, characters: chapters.reduce(0) { $0 + $1.characters },
                                   fullwidthEquivalent: chapters.reduce(0) { $0 + $1.fullwidthEquivalent },
                                   manuscriptSheets: whole.map { count($0, .manuscriptSheets) } ?? 0, pages: whole.map { count($0, .pages) } ?? 0,
                                   pagesCounted: PageBasis(measured: whole?.measuredPages != nil), limits: own)
            return (size, chapters)
        }
    }
}
