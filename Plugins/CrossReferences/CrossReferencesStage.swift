import ManuscriptCore

/// Resolves `[[id]]` references to the printed name of their target, in either volume.
public struct CrossReferencesStage: Stage {
    public static let description = StageDescription(
        identifier: "cross-references",
        name: "Cross References",
        summary: "Resolves [[id]] references to the target's number and title, and reports references to unknown ids",
        options: [
            StageOptionDescription(name: "heading-format",
                                   summary: "How a reference names a heading: {section} is the chapter's number, {heading} the heading; the space is left out before a heading opening with （",
                                   defaultValue: HeadingFormat.defaultFormat),
        ],
        examples: CrossReferencesExamples.all)

    private let headingFormat: HeadingFormat

    public init(options: StageOptions) throws {
        let format = try options.string("heading-format", default: HeadingFormat.defaultFormat)
        guard format.contains("{heading}") else {
            throw AssemblyError("option 'heading-format' must contain {heading}", at: options["heading-format"]?.location ?? options.location)
        }
        headingFormat = HeadingFormat(format: format)
    }

    public func run(_ context: inout StageContext) throws {
        // Only what is referenced is named: a glossary of 50,000 entries has as many ids, and few are
        // pointed at.
        var referenced = Set<String>()
        for place in context.document.blockPlaces {
            place.block.content.forEachInlineRun { $0.forEachReference { referenced.insert($0.target) } }
        }
        let targets = TargetIndex(document: context.document, headingFormat: headingFormat, naming: referenced)
        var unknown: [CrossReference] = []
        var unprinted: [(CrossReference, kind: String)] = []
        // Ids are unique once the pipeline has checked the document; first-wins keeps this total anyway.
        let volumeOfSection = Dictionary(context.document.volumes.flatMap { volume in
            volume.sections.map { ($0.id, volume.id) }
        }) { first, _ in first }
        context.document.updateInlines(inBlocksWhere: \.content.holdsReference) { inlines, sectionID in
            inlines.updateReferences { reference in
                guard let target = targets.entries[reference.target] else {
                    unknown.append(reference)
                    return
                }
                if let kind = target.unprinted { unprinted.append((reference, kind)) }
                var resolved = target.resolved
                if target.resolved.volume != volumeOfSection[sectionID] {
                    // The other volume is a separate book: say which one.
                    resolved.text = "\(target.volumeName) \(target.resolved.text)"
                }
                reference.resolved = resolved
            }
        }
        let ids = unknown.isEmpty ? [] : TargetIndex.ids(in: context.document)
        for reference in unknown {
            context.report(.error, "reference to unknown id '\(reference.target)'" + Suggestion.hint(for: reference.target, among: ids), at: reference.location,
                           concerning: reference.target)
        }
        // A block a stage could not build stays behind unprinted, with that stage's error: the
        // error is the root cause, and a reference to the block would only echo it.
        guard !context.findings.hasErrors else { return }
        for (reference, kind) in unprinted {
            context.report(.error, "'\(reference.target)' is a '\(kind)' block, which prints nothing for a reference to point at", at: reference.location)
        }
    }
}
