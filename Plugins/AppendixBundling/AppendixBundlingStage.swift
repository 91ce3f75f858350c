import ManuscriptCore

/// Assembles the appendix volume (資料編): structured items, material the main volume sends over,
/// and attachments.
public struct AppendixBundlingStage: Stage {
    public static let description = StageDescription(
        identifier: "appendix-bundling",
        name: "Appendix Bundling",
        summary: "Builds the appendix volume's items (meeting history, survey and public comment results, hearings, attachments) and moves marked material there",
        options: [
            StageOptionDescription(name: "volume", summary: "The id of the appendix volume", defaultValue: "appendix"),
            StageOptionDescription(name: "minimum-comment-days", summary: "Warn when a public comment period is shorter", defaultValue: "30"),
        ],
        blockKinds: ["meeting-history", "survey-results", "public-comment-results", "hearing-results", "attachments"],
        blockOptions: ["to-appendix"],
        examples: AppendixBundlingExamples.all)

    private let volumeID: String
    private let minimumDays: Int

    public init(options: StageOptions) throws {
        volumeID = try options.string("volume", default: "appendix")
        minimumDays = try options["minimum-comment-days"]?.int("minimum-comment-days", in: 1...365) ?? 30
    }

    public func run(_ context: inout StageContext) throws {
        let kinds = Self.description.blockKinds
        let uses = context.document.blockPlaces.filter { place in
            kinds.contains(place.block.content.kind) || place.block.options["to-appendix"] != nil
        }
        guard !uses.isEmpty else { return }
        guard let appendix = context.document.volumes.firstIndex(where: { $0.id == volumeID }) else {
            throw AssemblyError("this manuscript uses appendix items but has no volume '\(volumeID)'", at: uses[0].block.location)
        }
        for place in uses where place.volume.id != volumeID && kinds.contains(place.block.content.kind) {
            context.report(.error, "'\(place.block.content.kind)' belongs in the appendix volume '\(volumeID)'", at: place.block.location)
        }
        try moveMarkedBlocks(&context, appendix: appendix)
        try buildItems(&context)
    }

    /// Blocks marked `to-appendix: <item id>` move to the end of that item, leaving a pointer behind.
    private func moveMarkedBlocks(_ context: inout StageContext, appendix: Int) throws {
        let items = Set(context.document.volumes[appendix].sections.map(\.id))
        var moved: [String: [Block]] = [:]
        var movedCount = 0
        var problems: [Finding] = []
        context.document.replaceBlocks(where: { $0.options["to-appendix"] != nil }) { block, _ in
            guard let target = block.options["to-appendix"] else { return [block] }
            guard items.contains(target) else {
                problems.append(Finding(.error, "to-appendix names '\(target)', which is not an item (section) of the appendix volume",
                                        at: block.location, stage: ""))
                return [block]
            }
            var block = block
            block.options["to-appendix"] = nil
            if block.id == nil { movedCount += 1; block.id = "moved-\(movedCount)" }
            moved[target, default: []].append(block)
            let pointer = CrossReference(target: block.id!, location: block.location)
            return [Block(location: block.location, content: .paragraph([.text("（→ "), .reference(pointer), .text("）")]))]
        }
        for problem in problems { context.report(problem.severity, problem.message, at: problem.location) }
        for s in context.document.volumes[appendix].sections.indices {
            context.document.volumes[appendix].sections[s].blocks += moved[context.document.volumes[appendix].sections[s].id] ?? []
        }
    }

    private func buildItems(_ context: inout StageContext) throws {
        let knownIDs = Set(context.document.volumes.flatMap(\.sections).map(\.id) + context.document.blockPlaces.compactMap { place in
            if case .heading = place.block.content { place.block.id } else { nil }
        })
        var problems: [Finding] = []
        var copy = context
        let minimumDays = minimumDays
        let dates = context.document.edition.dateStyle ?? .wareki
        let answeringParty = context.document.edition.answeringParty
        context.document.replaceBlocks(where: { $0.customKind.map(Self.description.blockKinds.contains) ?? false }) { block, _ in
            guard case .custom(let item) = block.content else { return [block] }
            do {
                switch item.kind {
                case "meeting-history": return try MeetingHistory.blocks(item.data, id: block.id, at: block.location, dates: dates)
                case "survey-results": return try SurveyResults.blocks(item.data, id: block.id, at: block.location, dates: dates, tables: copy.readTableBlock)
                case "public-comment-results":
                    return try PublicCommentResults.blocks(item.data, id: block.id, at: block.location, knownIDs: knownIDs, minimumDays: minimumDays, dates: dates,
                                                          answeringParty: answeringParty) {
                        problems.append(Finding(.warning, $0, at: $1, stage: ""))
                    }
                case "hearing-results": return try HearingResults.blocks(item.data, id: block.id, at: block.location, dates: dates)
                default: return try Attachments.blocks(item.data, id: block.id, at: block.location, context: &copy)
                }
            } catch {
                let error = error as? AssemblyError ?? AssemblyError("\(error)")
                problems.append(Finding(.error, error.message, at: error.location ?? block.location, stage: ""))
                // Left in place unbuilt, so references to it do not echo the error as unknown ids.
                return [block]
            }
        }
        problems += Self.duplicateIDs(in: context.document)
        for artifact in copy.artifacts { context.addArtifact(artifact) }
        for problem in problems { context.report(problem.severity, problem.message, at: problem.location) }
    }

    /// Ids written inside items (a survey's tables) are new to the document: each must be unique,
    /// as the loader makes the others.
    private static func duplicateIDs(in document: Document) -> [Finding] {
        var seen: [String: SourceLocation] = Dictionary(document.volumes.flatMap(\.sections).map { ($0.id, $0.location) }) { first, _ in first }
        var found: [Finding] = []
        for place in document.blockPlaces {
            guard let id = place.block.id else { continue }
            if let first = seen[id] {
                found.append(Finding(.error, "duplicate id '\(id)'; first used at \(first)", at: place.block.location, stage: ""))
            } else {
                seen[id] = place.block.location
            }
        }
        return found
    }
}
