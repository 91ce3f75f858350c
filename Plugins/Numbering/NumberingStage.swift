import ManuscriptCore

/// Numbers chapters (第1章…), appendix items (資料1…), tables and figures, per volume.
public struct NumberingStage: Stage {
    public static let description = StageDescription(
        identifier: "numbering",
        name: "Numbering",
        summary: "Numbers sections per volume (第1章, 資料1) and tables and figures (表1, 図1) in reading order",
        options: [
            StageOptionDescription(name: "section-formats",
                                   summary: "Section number format per volume id; {n} is the number",
                                   defaultValue: "vision: 第{n}章, appendix: 資料{n}, others: {n}"),
            StageOptionDescription(name: "table-format", summary: "Table number format", defaultValue: "表{n}"),
            StageOptionDescription(name: "figure-format", summary: "Figure number format", defaultValue: "図{n}"),
        ],
        examples: NumberingExamples.all)

    private var sectionFormats = ["vision": "第{n}章", "appendix": "資料{n}"]
    private let tableFormat: String
    private let figureFormat: String

    public init(options: StageOptions) throws {
        tableFormat = try Self.format(options, "table-format", default: "表{n}")
        figureFormat = try Self.format(options, "figure-format", default: "図{n}")
        if let formats = try options["section-formats"]?.mapping("option 'section-formats'") {
            for pair in formats.pairs {
                let text = try pair.value.string("a section format")
                guard text.contains("{n}") else {
                    throw AssemblyError("a section format must contain {n}", at: pair.value.location)
                }
                sectionFormats[try pair.key.string("a volume id")] = text
            }
        }
    }

    private static func format(_ options: StageOptions, _ key: String, default value: String) throws -> String {
        let text = try options.string(key, default: value)
        guard text.contains("{n}") else {
            throw AssemblyError("option '\(key)' must contain {n}", at: options[key]?.location ?? options.location)
        }
        return text
    }

    public func run(_ context: inout StageContext) throws {
        for v in context.document.volumes.indices {
            let format = sectionFormats[context.document.volumes[v].id] ?? "{n}"
            for s in context.document.volumes[v].sections.indices {
                context.document.volumes[v].sections[s].number = format.replacing("{n}", with: "\(s + 1)")
            }
        }
        // Tables and figures are numbered per volume (volume ids are unique), in one pass.
        var tables: [String: Int] = [:], figures: [String: Int] = [:]
        context.document.updateBlocks { block, volume, _ in
            switch block.content {
            case .table, .metrics:
                tables[volume.id, default: 0] += 1
                block.number = tableFormat.replacing("{n}", with: "\(tables[volume.id]!)")
            case .figure, .chart:
                figures[volume.id, default: 0] += 1
                block.number = figureFormat.replacing("{n}", with: "\(figures[volume.id]!)")
            default:
                break
            }
        }
    }
}
