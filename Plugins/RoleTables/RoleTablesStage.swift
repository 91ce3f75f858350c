import ManuscriptCore

/// Builds actor × responsibility tables from `roles` declarations anywhere in the manuscript.
public struct RoleTablesStage: Stage {
    public static let description = StageDescription(
        identifier: "role-tables",
        name: "Role Tables",
        summary: "Collects what each actor (主体) does from roles declarations and renders role tables and actor × goal matrices",
        options: [
            StageOptionDescription(name: "actors", summary: "The actors file, relative to the manuscript folder", defaultValue: "actors.yaml"),
            StageOptionDescription(name: "mark", summary: "What a matrix cell shows where an actor takes part", defaultValue: "●"),
        ],
        blockKinds: ["roles", "role-table", "role-matrix"],
        examples: RoleTablesExamples.all)

    private let actorsFile: DataFileOption
    private let mark: String

    public init(options: StageOptions) throws {
        actorsFile = try options.dataFile("actors", default: "actors.yaml")
        mark = try options.string("mark", default: "●")
    }

    public func run(_ context: inout StageContext) throws {
        // A manuscript without role blocks needs no actors file.
        let kinds = Self.description.blockKinds
        guard context.document.blockPlaces.contains(where: { kinds.contains($0.block.content.kind) }) else { return }
        let actors = try ActorList(context.readDataFile(actorsFile.path, at: actorsFile.location))
        let goals = GoalIndex(document: context.document)
        var collector = ResponsibilityCollector(actors: actors, goals: goals)
        collector.collect(from: context.document)
        for finding in collector.problems { context.report(finding.severity, finding.message, at: finding.location) }
        let declarationsFailed = collector.problems.contains { $0.severity == .error }

        var problems: [AssemblyError] = []
        let builder = RoleTableBuilder(actors: actors, responsibilities: collector.responsibilities, goals: goals, mark: mark)
        context.document.replaceBlocks(where: { $0.customKind.map(Self.description.blockKinds.contains) ?? false }) { block, section in
            guard case .custom(let custom) = block.content else { return [block] }
            do {
                return [try builder.replacement(for: custom, replacing: block, in: section)]
            } catch let empty as RoleTableBuilder.NothingToShow {
                if !declarationsFailed { problems.append(empty.error) }
                return [block]
            } catch {
                problems.append(error as? AssemblyError ?? AssemblyError("\(error)", at: block.location))
                // Left in place unbuilt, so references to it do not echo the error as unknown ids.
                return [block]
            }
        }
        for problem in problems { context.report(.error, problem.message, at: problem.location ?? actorsFile.location) }
        for actor in actors.actors where !collector.responsibilities.contains(where: { $0.actor == actor.id }) {
            context.reportAbsence(.warning, "actor '\(actor.id)' (\(actor.name)) has no responsibilities in any roles block", at: actor.location)
        }
    }
}
