import ManuscriptCore

/// Turns `chart` blocks into charts drawn from CSV data: one ``Chart`` value that the EPUB writer
/// draws as accessible SVG and the DOCX writer as a native Word chart, numbered as a figure.
public struct ChartsStage: Stage {
    public static let description = StageDescription(
        identifier: "charts",
        name: "Charts",
        summary: "Draws chart blocks (bar, stacked-bar, horizontal-bar, line, pie, donut) from CSV data, checking every value against its cell",
        blockKinds: ["chart"],
        examples: ChartsExamples.all)

    public init(options: StageOptions) throws {}

    public func run(_ context: inout StageContext) throws {
        let files = context
        let root = context.manuscriptDisplayPath
        var reader = ChartBlockReader(readText: { try files.readText($0, at: $1) },
                                      displayPath: { root.isEmpty || root == "." ? $0 : "\(root)/\($0)" })
        var problems: [(message: String, location: SourceLocation)] = []
        var count = 0
        context.document.replaceBlocks(where: { $0.customKind == "chart" }) { block, section in
            guard case .custom(let custom) = block.content else { return [block] }
            do {
                guard let chart = try reader.read(custom.data) else {
                    problems += reader.problems.map { ($0.message, $0.location ?? block.location) }
                    return []
                }
                var block = block
                block.content = .chart(chart)
                count += 1
                // Charts are figures: they need an anchor for cross-references, as figures get one.
                if block.id == nil { block.id = "\(section.id)-chart-\(count)" }
                return [block]
            } catch {
                let error = error as? AssemblyError ?? AssemblyError("\(error)")
                problems.append((error.message, error.location ?? block.location))
                return []
            }
        }
        for problem in problems { context.report(.error, problem.message, at: problem.location) }
    }
}
