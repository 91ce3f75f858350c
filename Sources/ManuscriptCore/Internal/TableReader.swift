import Foundation
import SwiftCSV

/// Reads a `table` block, written inline (`header`, `rows`) or loaded from a CSV file (`csv`).
struct TableReader {
    let folder: ManuscriptFolder
    /// A bound on cells, so a runaway CSV cannot exhaust memory in the writers.
    static let maximumCells = 200_000

    func read(_ node: YAMLNode) throws -> Table {
        let table = try node.mapping("table")
        try table.rejectUnknownKeys(allowed: ["id", "caption", "header", "rows", "csv", "header-rows", "row-headers"])
        guard let captionNode = table["caption"] else {
            throw AssemblyError("a table needs a 'caption' saying what it shows", at: node.location)
        }
        let caption = try InlineParser.parse(captionNode, what: "caption")
        let rowHeaders = try table["row-headers"]?.int("row-headers", in: 0...3) ?? 0
        var header: [[[Inline]]]
        var rows: [[[Inline]]]
        if let csvNode = table["csv"] {
            if table["rows"] != nil || table["header"] != nil {
                throw AssemblyError("a table takes its cells from 'csv' or from 'header' and 'rows', not both", at: csvNode.location)
            }
            let headerRows = try table["header-rows"]?.int("header-rows", in: 0...3) ?? 1
            let all = try readCSV(csvNode)
            header = Array(all.prefix(headerRows))
            rows = Array(all.dropFirst(headerRows))
        } else {
            header = try table["header"].map(readRows) ?? []
            rows = try readRows(table.required("rows"))
        }
        let cells = (header + rows).reduce(0) { $0 + $1.count }
        guard cells <= Self.maximumCells else {
            throw AssemblyError("table has \(NumberText.grouped(cells)) cells; the limit is \(NumberText.grouped(Self.maximumCells))", at: node.location)
        }
        return Table(caption: caption, header: header, rows: rows, rowHeaderColumns: rowHeaders)
    }

    /// `header` and `rows` take either one row (a list of cells) or a list of rows.
    private func readRows(_ node: YAMLNode) throws -> [[[Inline]]] {
        let items = try node.sequence("rows")
        if items.allSatisfy({ if case .scalar = $0.kind { true } else { false } }) {
            return [try items.map { try InlineParser.parse($0, what: "a cell") }]
        }
        let rows = try items.map { row in try row.sequence("a table row").map { try InlineParser.parse($0, what: "a cell") } }
        if let width = rows.first?.count, let ragged = zip(items, rows).first(where: { $0.1.count != width }) {
            throw AssemblyError("this row has \(ragged.1.count) cells; the first row has \(width)", at: ragged.0.location)
        }
        return rows
    }

    private func readCSV(_ node: YAMLNode) throws -> [[[Inline]]] {
        let relative = try node.string("csv")
        let url = try folder.resolve(relative, at: node.location)
        let path = folder.displayPath(of: relative)
        let data = try BoundedFile.read(url, named: path, limit: YAMLLimits.standard.maximumFileBytes, at: node.location)
        let text = try SourceText(data: data, path: path).text
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw AssemblyError("cannot read CSV: \(error)", at: .start(of: path))
        }
        let records = [csv.header] + csv.rows
        guard let width = records.first?.count, width > 0 else {
            throw AssemblyError("CSV file is empty", at: .start(of: path))
        }
        if let index = records.firstIndex(where: { $0.count != width }) {
            throw AssemblyError("CSV record \(index + 1) has \(records[index].count) fields; the first has \(width)",
                                at: SourceLocation(path: path, line: index + 1, column: 1))
        }
        // Each cell starts with its place in the file, so findings about it (a placeholder) point
        // at the row and column, not at the table block.
        let positions = CSVFieldPositions.of(text)
        let aligned = positions.count == records.count && zip(positions, records).allSatisfy { $0.count == $1.count }
        return records.enumerated().map { row, record in
            record.enumerated().map { column, field in
                guard aligned else { return [.text(field)] }
                let place = positions[row][column]
                return [.anchor(SourceLocation(path: path, line: place.line, column: place.column)), .text(field)]
            }
        }
    }
}
