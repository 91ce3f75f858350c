import ManuscriptCore

/// Builds the 概要版 (summary edition) from the blocks authors mark with `summary:`, as its own
/// short volume `summary`; the character-limits stage holds it to its own limit (`scope: summary`).
public struct SummaryEditionStage: Stage {
    public static let description = StageDescription(
        identifier: "summary",
        name: "Summary Edition",
        summary: "Collects the blocks marked `summary: true` (or `only`) into the 概要版, a separate volume with id `summary`, under the headings they sit beneath",
        options: [
            StageOptionDescription(name: "from", summary: "The volume the summary is drawn from", defaultValue: "vision"),
            StageOptionDescription(name: "title", summary: "The summary volume's title", defaultValue: "<edition title> 概要版"),
            StageOptionDescription(name: "short-title", summary: "How references name the summary", defaultValue: "概要版"),
            StageOptionDescription(name: "chapter-breaks", summary: "continue: chapters run on as a compact booklet without a contents page; page: each chapter on a new page, with contents",
                                   defaultValue: "continue"),
            StageOptionDescription(name: "leave-out", summary: "Ids of chapters the summary leaves out on purpose; any other chapter with nothing marked is a warning",
                                   defaultValue: "[]"),
        ],
        blockOptions: ["summary"],
        examples: SummaryEditionExamples.all)

    let sourceVolume: String
    let title: String?
    let shortTitle: String
    let layout: VolumeLayout?
    /// Chapters left out on purpose, with where each id is written.
    let leftOut: [String: SourceLocation]
    let location: SourceLocation
    /// Where the options naming the summary are written, so the release checks can point there.
    let nameLocations: [String: SourceLocation]

    public init(options: StageOptions) throws {
        sourceVolume = try options.string("from", default: "vision")
        title = try options["title"]?.string("option 'title'")
        shortTitle = try options.string("short-title", default: "概要版")
        let breaks = try options.string("chapter-breaks", default: "continue")
        guard ["continue", "page"].contains(breaks) else {
            throw AssemblyError("chapter-breaks must be continue or page, not '\(breaks)'\(Suggestion.hint(for: breaks, among: ["continue", "page"]))", at: options["chapter-breaks"]?.location ?? options.location)
        }
        layout = breaks == "continue" ? .booklet : nil
        leftOut = Dictionary(try options.locatedStrings("leave-out").map { ($0.text, $0.location) }) { first, _ in first }
        location = options["from"]?.location ?? options.location
        nameLocations = Dictionary(uniqueKeysWithValues: ["title", "short-title"].compactMap { key in
            options[key].map { ("volumes.\(Volume.summaryID).\(key)", $0.location) }
        })
    }

    public func run(_ context: inout StageContext) throws {
        guard !context.document.volumes.contains(where: { $0.id == Volume.summaryID }) else {
            throw AssemblyError("the edition already has a volume with id 'summary'; rename it or leave the summary to this stage", at: location)
        }
        guard let index = context.document.volumes.firstIndex(where: { $0.id == sourceVolume }) else {
            let known = context.document.volumes.map(\.id).joined(separator: ", ")
            throw AssemblyError("no volume '\(sourceVolume)' to draw the summary from; volumes are: \(known)", at: location)
        }
        var builder = SummaryBuilder(buildFailed: context.findings.hasErrors)
        for place in context.document.blockPlaces where place.volume.id != sourceVolume && place.block.options["summary"] != nil {
            context.report(.warning, "only blocks of volume '\(sourceVolume)' go into the summary; this mark is ignored", at: place.block.location)
        }
        let volume = context.document.volumes[index]
        let sections = volume.sections.map { builder.summarize($0) }
        for problem in builder.problems { context.report(problem.severity, problem.message, at: problem.location) }
        guard sections.contains(where: { $0.summary != nil }) else { return }
        // A chapter missing from the 概要版 reads as lost text (第1章 then 第3章), unless it is left out on purpose.
        for (original, split) in zip(volume.sections, sections) where split.summary == nil && leftOut[original.id] == nil {
            // An absence: a mark the stage could not read (summary: yes) is the error to fix first.
            context.reportAbsence(.warning, "\(original.displayTitle) has no block marked summary, so the 概要版 leaves it out; "
                           + "mark a block `summary: true` (or write one with `summary: only`), or list '\(original.id)' in the option leave-out",
                           at: original.location)
        }
        for (id, location) in leftOut.sorted(by: { $0.key < $1.key }) where !volume.sections.contains(where: { $0.id == id }) {
            context.report(.error, "leave-out names '\(id)', which is not a chapter of volume '\(sourceVolume)'"
                           + Suggestion.hint(for: id, among: volume.sections.map(\.id)), at: location)
        }
        try Self.refuseCollisions(of: sections.compactMap(\.summary), with: context.document)
        context.document.volumes[index].sections = sections.map(\.remaining)
        let summaryTitle = title ?? "\(context.document.edition.title) 概要版"
        context.document.edition.fieldLocations?.merge(nameLocations) { $1 }
        context.document.volumes.append(Volume(id: Volume.summaryID, title: summaryTitle, shortTitle: shortTitle,
                                               sections: sections.compactMap(\.summary), layout: layout))
    }

    /// The copies' ids are the originals' with `summary-` in front: an authored id already spelled
    /// that way would name two things, so it is refused where it is written.
    private static func refuseCollisions(of summary: [Section], with document: Document) throws {
        var authored: [String: SourceLocation] = [:]
        for section in document.volumes.flatMap(\.sections) { authored[section.id] = authored[section.id] ?? section.location }
        for place in document.blockPlaces { if let id = place.block.id { authored[id] = authored[id] ?? place.block.location } }
        let generated = summary.map(\.id) + Document(edition: document.edition, volumes: [Volume(id: Volume.summaryID, title: "", sections: summary)])
            .blockPlaces.compactMap(\.block.id)
        for id in generated {
            guard let location = authored[id] else { continue }
            let original = String(id.dropFirst(SummaryBuilder.idPrefix.count))
            throw AssemblyError("id '\(id)' is the one the summary gives its copy of '\(original)'; rename it (ids starting with '\(SummaryBuilder.idPrefix)' are taken by the summary)",
                                at: location)
        }
    }
}
