import ManuscriptCore

/// Resolves `[[id]]` references to the printed name of their target, in either volume.
public struct CrossReferencesStage: Stage {
    public static let description = StageDescription(
        identifier: "cross-references",
        name: "Cross References",
        summary: "Resolves [[id]] references to the target's number and title, and reports references to unknown ids",
        examples: CrossReferencesExamples.all)

    public init(options: StageOptions) throws {}

    public func run(_ context: inout StageContext) throws {
        let targets = TargetIndex(document: context.document)
        var unknown: [CrossReference] = []
        let volumeOfSection = Dictionary(uniqueKeysWithValues: context.document.volumes.flatMap { volume in
            volume.sections.map { ($0.id, volume.id) }
        })
        context.document.updateInlines { inlines, section in
            inlines.updateReferences { reference in
                guard let target = targets.entries[reference.target] else {
                    unknown.append(reference)
                    return
                }
                var resolved = target.resolved
                if target.resolved.volume != volumeOfSection[section.id] {
                    // The other volume is a separate book: say which one.
                    resolved.text = "\(target.volumeName) \(target.resolved.text)"
                }
                reference.resolved = resolved
            }
        }
        for reference in unknown {
            let suggestion = targets.closestID(to: reference.target).map { "; did you mean '\($0)'?" } ?? ""
            context.report(.error, "reference to unknown id '\(reference.target)'\(suggestion)", at: reference.location,
                           concerning: reference.target)
        }
    }
}
