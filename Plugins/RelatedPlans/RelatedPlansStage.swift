import Foundation
import ManuscriptCore

/// Renders `related-plans` blocks as a table of the individual plans (個別計画) the vision links
/// to, each with its URL printed and a QR code made at build time.
public struct RelatedPlansStage: Stage {
    public static let description = StageDescription(
        identifier: "related-plans",
        name: "Related Plans",
        summary: "Turns related-plans blocks into a table of plans with each URL printed beside a QR code (level M, 4-module quiet zone, at least 20 mm)",
        blockKinds: ["related-plans"],
        examples: RelatedPlansExamples.all)

    public init(options: StageOptions) throws {}

    public func run(_ context: inout StageContext) throws {
        var builder = RelatedPlansTable(status: context.document.edition.status)
        context.document.replaceBlocks(where: { $0.customKind == "related-plans" }) { block, _ in
            guard case .custom(let custom) = block.content else { return [block] }
            return builder.blocks(replacing: block, data: custom.data)
        }
        for problem in builder.problems { context.report(problem.severity, problem.message, at: problem.location) }
        for (path, png) in builder.images { context.addGeneratedImage(png, as: path) }
    }
}
