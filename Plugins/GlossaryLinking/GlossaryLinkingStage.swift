import Foundation
import ManuscriptCore

/// Links glossary terms in the text and builds the glossary (用語集) where a `glossary` block stands.
public struct GlossaryLinkingStage: Stage {
    public static let description = StageDescription(
        identifier: "glossary-linking",
        name: "Glossary Linking",
        summary: "Links glossary terms in running text (longest match first, width-insensitive) and builds the glossary in 五十音 order",
        options: [
            StageOptionDescription(name: "glossary", summary: "The glossary file, relative to the manuscript folder", defaultValue: "glossary.yaml"),
            StageOptionDescription(name: "scope", summary: "Which occurrences link: " + LinkScope.allCases.map(\.rawValue).joined(separator: ", "),
                                   defaultValue: LinkScope.firstPerChapter.rawValue),
            StageOptionDescription(name: "latin", summary: "Where Latin-initial terms go: " + LatinPlacement.allCases.map(\.rawValue).joined(separator: ", "),
                                   defaultValue: LatinPlacement.byReading.rawValue),
        ],
        blockKinds: ["glossary"],
        blockOptions: ["link-terms"],
        examples: GlossaryLinkingExamples.all)

    private let glossaryFile: DataFileOption
    private let scope: LinkScope
    private let latin: LatinPlacement

    public init(options: StageOptions) throws {
        glossaryFile = try options.dataFile("glossary", default: "glossary.yaml")
        scope = try options.choice("scope", default: LinkScope.firstPerChapter)
        latin = try options.choice("latin", default: LatinPlacement.byReading)
    }

    public func run(_ context: inout StageContext) throws {
        // A manuscript that links no terms needs no glossary file; one that does must have it.
        let needed = Self.needsGlossary(context.document)
        guard let root = needed ? try context.readDataFile(glossaryFile.path, at: glossaryFile.location)
                                : try context.readDataFile(ifPresent: glossaryFile) else { return }
        let file = try GlossaryFile(root)
        for problem in file.problems { context.report(problem.severity, problem.message, at: problem.location) }
        let terms = file.terms

        let home = Self.home(in: context.document)
        let order = GlossaryBuilder.order(of: terms, latin: latin)
        var entryIDs = Array(repeating: "", count: terms.count)
        for (position, index) in order.enumerated() { entryIDs[index] = "glossary-term-\(position + 1)" }

        var linker = GlossaryLinker(glossary: terms, scope: scope, home: home, entryIDs: entryIDs)
        linker.link(&context.document)
        for problem in linker.problems { context.report(problem.severity, problem.message, at: problem.location) }

        // 掲載箇所 lists the full text's chapters; the 概要版 repeats them, so its places count only
        // for a term used nowhere else.
        let usage = linker.usage.merging(linker.repeatedUsage) { own, _ in own }
        if let home {
            let builder = GlossaryBuilder(glossary: terms, order: order, entryIDs: entryIDs, usage: usage, home: home, latin: latin)
            var problems: [Finding] = []
            context.document.replaceBlocks(where: { $0.customKind == "glossary" }) { block, _ in
                let built = builder.blocks(at: block.location)
                problems = built.problems  // the same for every glossary block: reported once
                return built.blocks
            }
            for problem in problems { context.report(problem.severity, problem.message, at: problem.location) }
        }
        // Tens of thousands of unused terms would bury every other finding: past a cap, one summary.
        let unused = terms.indices.filter { usage[$0] == nil }.map { terms[$0] }
        for term in unused.prefix(Self.unusedTermsListed) {
            context.reportAbsence(.warning, "'\(term.term)' is defined in the glossary but not used in the text", at: term.location)
        }
        if unused.count > Self.unusedTermsListed {
            let first = unused[Self.unusedTermsListed]
            context.reportAbsence(.warning, "… and \(unused.count - Self.unusedTermsListed) more glossary terms are defined but not used in the text, from '\(first.term)' on",
                                  at: first.location)
        }
    }

    /// How many unused terms get a warning of their own.
    static let unusedTermsListed = 20

    /// The volume and section holding the `glossary` block, and how a footnote points at it.
    private static func home(in document: Document) -> (volume: String, section: String, pointer: String)? {
        for place in document.blockPlaces {
            if case .custom(let custom) = place.block.content, custom.kind == "glossary" {
                let volume = place.volume.referenceName
                return (place.volume.id, place.section.id, "\(volume) \(place.section.displayTitle)")
            }
        }
        return nil
    }

    private static func needsGlossary(_ document: Document) -> Bool {
        document.blockPlaces.contains { place in
            if case .custom(let custom) = place.block.content, custom.kind == "glossary" { return true }
            return place.block.content.inlineRuns.contains { inlines in
                inlines.contains { if case .term = $0 { true } else { false } }
            }
        }
    }
}
