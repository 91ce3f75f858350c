import Foundation
import ManuscriptCore

/// Reads a `chart` block and its CSV into a ``Chart``. Problems in the data are located at the
/// CSV cell (`data/population.csv:3:12`), problems in the block at its YAML.
struct ChartBlockReader {
    /// A bound that keeps a chart legible (and a runaway CSV from reaching the writers).
    static let maximumCategories = 60
    static let maximumSeries = 12

    static let keys = ["id", "type", "caption", "csv", "series-in", "label-column", "series", "categories", "unit",
                       "show-in", "decimals", "category-axis", "value-axis", "target", "alt"]

    enum SeriesDirection: String, CaseIterable { case columns, rows }

    /// Reads a manuscript text file (checked as section files are); the path must stay inside the folder.
    let readText: (String, SourceLocation) throws -> String
    /// How a manuscript path prints in messages.
    let displayPath: (String) -> String
    /// Every problem found in the data, root causes only; the chart is left out when there is one.
    private(set) var problems: [AssemblyError] = []

    init(readText: @escaping (String, SourceLocation) throws -> String, displayPath: @escaping (String) -> String) {
        self.readText = readText
        self.displayPath = displayPath
    }

    mutating func read(_ node: YAMLNode) throws -> Chart? {
        problems = []
        let block = try node.mapping("chart")
        try block.rejectUnknownKeys(allowed: Self.keys)
        let kind = try block.required("type").choice("chart type", of: ChartKind.self)
        guard let captionNode = block["caption"] else {
            throw AssemblyError("a chart needs a 'caption' saying what it shows", at: node.location)
        }
        let caption = try captionNode.inlineText("caption")
        let direction = try block["series-in"]?.choice("series-in", of: SeriesDirection.self) ?? .columns
        let csvNode = try block.required("csv")
        let relative = try csvNode.string("csv")
        let path = displayPath(relative)
        let csv = LocatedCSV(try readText(relative, csvNode.location))
        if let quote = csv.unterminatedQuote {
            throw AssemblyError("this quoted field is never closed", at: SourceLocation(path: path, line: quote.line, column: quote.column))
        }
        guard let header = csv.records.first else { throw AssemblyError("CSV file is empty", at: .start(of: path)) }
        for record in csv.records.dropFirst() where record.count != header.count {
            let field = record.count > header.count ? record[header.count] : record[record.count - 1]
            problems.append(AssemblyError("this row has \(record.count) field\(record.count == 1 ? "" : "s"); the header has \(header.count)",
                                          at: SourceLocation(path: path, line: field.line, column: field.column)))
        }
        guard problems.isEmpty else { return nil }
        let rows = Array(csv.records.dropFirst())
        guard !rows.isEmpty else {
            throw AssemblyError("CSV file has a header but no data rows, so the chart's series would be empty", at: .start(of: path))
        }
        let names = header.map { $0.text.trimmingCharacters(in: .whitespaces) }
        let labelIndex = try column(block["label-column"], in: names, path: path) ?? 0
        let labels = rows.map { $0[labelIndex].text.trimmingCharacters(in: .whitespaces) }
        let otherColumns = names.indices.filter { $0 != labelIndex }

        // Which cells hold which series: by columns, each row is a category; by rows, each row a series.
        var categories: [String] = [], seriesNames: [String] = []
        var cell: (_ series: Int, _ category: Int) -> LocatedCSV.Field
        switch direction {
        case .columns:
            let seriesColumns = try pick(block["series"], among: names, what: "column", in: path, default: otherColumns)
            let categoryRows = try pick(block["categories"], among: labels, what: "row label", in: path, default: Array(rows.indices))
            seriesNames = seriesColumns.map { names[$0] }
            categories = categoryRows.map { labels[$0] }
            cell = { rows[categoryRows[$1]][seriesColumns[$0]] }
        case .rows:
            let seriesRows = try pick(block["series"], among: labels, what: "row label", in: path, default: Array(rows.indices))
            let categoryColumns = try pick(block["categories"], among: names, what: "column", in: path, default: otherColumns)
            seriesNames = seriesRows.map { labels[$0] }
            categories = categoryColumns.map { names[$0] }
            cell = { rows[seriesRows[$0]][categoryColumns[$1]] }
        }
        guard !seriesNames.isEmpty, !categories.isEmpty else {
            throw AssemblyError("the chart has no \(seriesNames.isEmpty ? "series" : "categories") to draw", at: node.location)
        }
        guard categories.count <= Self.maximumCategories, seriesNames.count <= Self.maximumSeries else {
            throw AssemblyError("a chart draws at most \(Self.maximumCategories) categories and \(Self.maximumSeries) series; "
                                + "this one has \(categories.count) and \(seriesNames.count)", at: node.location)
        }
        if kind.isCircular, seriesNames.count != 1 {
            throw AssemblyError("a \(kind.rawValue) chart shows one series; this one has \(seriesNames.count) (\(seriesNames.joined(separator: ", "))); choose one with 'series'",
                                at: block["series"]?.location ?? node.location)
        }

        // The values, each checked where it is written.
        var unit = try block["unit"]?.string("unit")
        var decimals = 0
        var values = Array(repeating: [Double](), count: seriesNames.count)
        for s in seriesNames.indices {
            for c in categories.indices {
                let field = cell(s, c)
                let place = SourceLocation(path: path, line: field.line, column: field.column)
                let written = field.text.trimmingCharacters(in: .whitespaces)
                guard !written.isEmpty else {
                    problems.append(AssemblyError("series '\(seriesNames[s])' has no value for '\(categories[c])'", at: place)); continue
                }
                guard let number = CellNumber(written) else {
                    problems.append(AssemblyError("'\(written)' (series '\(seriesNames[s])', '\(categories[c])') is not a number", at: place)); continue
                }
                if !number.unit.isEmpty {
                    if unit == nil { unit = number.unit }
                    if number.unit != unit {
                        problems.append(AssemblyError("'\(written)' is in '\(number.unit)', but the chart's unit is '\(unit ?? "")'", at: place)); continue
                    }
                }
                if kind.isCircular, number.value < 0 {
                    problems.append(AssemblyError("a \(kind.rawValue) chart cannot show the negative value '\(written)'", at: place)); continue
                }
                decimals = max(decimals, number.decimals)
                values[s].append(number.value)
            }
        }
        guard problems.isEmpty else { return nil }

        // 万人: the values divided by 10,000 and printed with one decimal unless told otherwise.
        var printedUnit = unit ?? ""
        var divisor = 1.0
        if let showNode = block["show-in"] {
            let shown = try showNode.string("show-in")
            let prefixes: [(String, Double)] = [("千", 1e3), ("万", 1e4), ("億", 1e8)]
            guard let prefix = prefixes.first(where: { $0.0 + printedUnit == shown }) else {
                throw AssemblyError("show-in must be 千\(printedUnit), 万\(printedUnit) or 億\(printedUnit) (the unit with a prefix); found '\(shown)'",
                                    at: showNode.location)
            }
            printedUnit = shown
            divisor = prefix.1
            decimals = 1
        }
        if let decimalsNode = block["decimals"] { decimals = try decimalsNode.int("decimals", in: 0...3) }
        let format = ChartNumberFormat(unit: printedUnit, decimals: decimals)
        let series = seriesNames.indices.map { ChartSeries(name: seriesNames[$0], values: values[$0].map { $0 / divisor }) }

        var target: ChartTarget?
        if let targetNode = block["target"] {
            guard [.bar, .stackedBar, .line].contains(kind) else {
                throw AssemblyError("a target line needs a bar, stacked-bar or line chart, not \(kind.rawValue)", at: targetNode.location)
            }
            let mapping = try targetNode.mapping("target")
            try mapping.rejectUnknownKeys(allowed: ["value", "label"])
            let written = try mapping.required("value").decimal("target value")
            let label = try mapping["label"]?.string("target label") ?? "目標値"
            let value = Double(written)! / divisor
            let writtenDecimals = written.split(separator: ".").dropFirst().first?.count ?? 0
            let printed = ChartNumberFormat(unit: printedUnit, decimals: max(decimals, divisor == 1 ? writtenDecimals : 0)).text(value)
            target = ChartTarget(value: value, label: "\(label) \(printed)")
        }

        let categoryAxis = try block["category-axis"]?.string("category-axis")
        let chart = Chart(kind: kind, caption: caption, description: "", categories: categories, series: series, format: format,
                          categoryAxisTitle: categoryAxis, valueAxisTitle: try block["value-axis"]?.string("value-axis"),
                          target: target,
                          categoryHeader: categoryAxis ?? (direction == .columns && !names[labelIndex].isEmpty ? names[labelIndex] : "区分"))
        var described = chart
        described.description = try block["alt"]?.string("alt") ?? Self.describe(chart)
        return described
    }

    /// The chart in words, every value included, for screen readers and Word's alt text.
    static func describe(_ chart: Chart) -> String {
        var text = chart.kind.japaneseName + "。"
        for series in chart.series {
            let points = zip(chart.categories, series.values).map { "\($0) \(chart.format.text($1))" }
            text += (chart.series.count > 1 || !chart.kind.isCircular ? series.name + "：" : "") + points.joined(separator: "、") + "。"
        }
        if let target = chart.target { text += target.label + "。" }
        return text
    }

    /// The column a key names, by its header.
    private func column(_ node: YAMLNode?, in names: [String], path: String) throws -> Int? {
        guard let node else { return nil }
        let name = try node.string("label-column")
        guard let index = names.firstIndex(of: name) else {
            throw AssemblyError("'\(name)' is not a column of \(path) (columns: \(names.joined(separator: ", ")))\(Suggestion.hint(for: name, among: names))",
                                at: node.location)
        }
        return index
    }

    /// The indices a list of names picks among `candidates`, or the default when the key is absent.
    private func pick(_ node: YAMLNode?, among candidates: [String], what: String, in path: String, default all: [Int]) throws -> [Int] {
        guard let node else { return all }
        let items: [YAMLNode]
        if case .scalar = node.kind { items = [node] } else { items = try node.sequence("a list of names") }
        return try items.map { item in
            let name = try item.string("a \(what)")
            guard let index = candidates.firstIndex(of: name) else {
                throw AssemblyError("'\(name)' is not a \(what) of \(path) (\(candidates.joined(separator: ", ")))\(Suggestion.hint(for: name, among: candidates))",
                                    at: item.location)
            }
            return index
        }
    }
}
