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
        let bySubject = Dictionary(grouping: measurements.filter { ["section", "volume", "summary"].contains($0.scope) }, by: \.subject)
        return document.volumes.map { volume in
            let short = SubjectNaming.shortTitle(of: volume)
            let chapters = volume.sections.map { section in
                let subject = LimitEvaluator.Subject(name: section.id, pieces: evaluator.sectionPieces[section.id] ?? [], location: section.location)
                let own = (bySubject["section \"\(section.id)\""] ?? []).filter { $0.scope == "section" }
                return BrevitySize(id: section.id, title: section.displayTitle, volume: short, characters: evaluator.count(subject, in: .characters),
                                   fullwidthEquivalent: evaluator.count(subject, in: .fullwidthEquivalent),
                                   manuscriptSheets: evaluator.count(subject, in: .manuscriptSheets), pages: evaluator.count(subject, in: .pages), limits: own)
            }
            // A volume's characters and sheets are its chapters' sums; only its pages need laying out
            // again (title page, contents, each chapter from a new page).
            let limit = Limit(scope: .volume(volume.id), unit: .pages, warning: nil, error: nil, location: nil)
            let pages = ((try? evaluator.subjects(for: limit))?.first).map { evaluator.count($0, in: .pages) } ?? 0
            let own = (bySubject["volume \"\(volume.id)\""] ?? []).filter { $0.scope == "volume" || ($0.scope == "summary" && volume.id == Volume.summaryID) }
            let size = BrevitySize(id: volume.id, title: volume.title, volume: short, characters: chapters.reduce(0) { $0 + $1.characters },
                                   fullwidthEquivalent: chapters.reduce(0) { $0 + $1.fullwidthEquivalent },
                                   manuscriptSheets: chapters.reduce(0) { $0 + $1.manuscriptSheets }, pages: pages, limits: own)
            return (size, chapters)
        }
    }
}
