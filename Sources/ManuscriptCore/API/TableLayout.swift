import Foundation

/// How a table prints, decided once from its content for both writers: each column's width (as CSS
/// automatic table layout does it, from the shortest unbreakable run and the longest line of its
/// cells), each column's alignment, and whether the table is short enough to keep on one page.
///
/// Widths are in ems of the table text (full-width characters; a Latin letter or digit is half).
public struct TableLayout: Sendable, Equatable {
    public enum Alignment: String, Sendable {
        case start, center, end
    }

    public struct Column: Sendable, Equatable {
        /// The column's width including its cell padding, in ems.
        public var width: Double
        /// Its share of the table's width, 0…1.
        public var fraction: Double
        /// Body cells: numbers to the end (right), matrix marks (●, ○, －) centred, text to the start.
        public var alignment: Alignment
        /// The header cell: centred over numbers and marks, else at the start.
        public var headerAlignment: Alignment
    }

    public let columns: [Column]
    /// The table takes up to about a third of a page: its rows stay together with its caption.
    public let keepsTogether: Bool

    /// A cell's left and right padding together, in ems (Word's 108 twips a side at 10 pt, and a
    /// little for borders and rounding).
    public static let cellPadding = 1.3
    /// Lines of up to this many ems never break: headers and short values (「実施主体」「3月19日」).
    public static let shortRun = 6.0
    /// A4 with the DOCX margins, in ems of 10 pt table text: 160 mm wide, 237 mm high.
    public static let pageWidth = 45.35
    public static let pageHeight = 67.18
    /// One line of table text and a row's top and bottom padding, in ems (LibreOffice sets 10 pt table
    /// text 13.3 pt apart; a row of marks stands a little taller).
    static let lineHeight = 1.4
    static let rowPadding = 0.7

    public init(_ table: Table, width: Double = TableLayout.pageWidth) {
        self.init(header: table.header, rows: table.rows, rowHeaderColumns: table.rowHeaderColumns, width: width, shares: table.columnShares)
    }

    /// - parameter shares: fixed shares of `width` per column (``Table/columnShares``), used instead
    ///   of the content's widths when there is one per column.
    public init(header: [[[Inline]]], rows: [[[Inline]]], rowHeaderColumns: Int, width: Double = TableLayout.pageWidth,
                shares: [Double]? = nil) {
        let key = TableLayoutCache.Key(header: header, rows: rows, rowHeaderColumns: rowHeaderColumns, width: width, shares: shares)
        self = TableLayoutCache.shared.layout(for: key) {
            TableLayout(measuring: header, rows: rows, rowHeaderColumns: rowHeaderColumns, width: width, shares: shares)
        }
    }

    private init(measuring header: [[[Inline]]], rows: [[[Inline]]], rowHeaderColumns: Int, width: Double, shares: [Double]?) {
        let count = max(1, (header + rows).map(\.count).max() ?? 1)
        // Each cell's lines and their widths, worked out once: the widths, the alignments and the
        // height all read them.
        let cells = (header + rows).map { row in
            (0..<count).map { column in column < row.count ? CellLines(row[column]) : CellLines(lines: []) }
        }
        var minimum = [Double](repeating: 0, count: count), maximum = minimum
        for (r, row) in (header + rows).enumerated() {
            for column in 0..<count {
                for (line, width) in zip(cells[r][column].lines, cells[r][column].widths) {
                    minimum[column] = max(minimum[column], TableText.longestUnbreakableRun(line, width: width))
                    maximum[column] = max(maximum[column], width)
                }
                // An image (a QR code) takes its printed width and breaks nothing.
                let images = column < row.count ? Self.imageWidths(row[column]) : []
                minimum[column] = max(minimum[column], images.max() ?? 0)
                maximum[column] = max(maximum[column], images.max() ?? 0)
            }
        }
        var widths = Self.distribute(minimum: minimum.map { $0 + Self.cellPadding },
                                     maximum: maximum.map { $0 + Self.cellPadding }, across: width)
        if let shares, shares.count == count, shares.allSatisfy({ $0 > 0 }) {
            let total = shares.reduce(0, +)
            widths = shares.map { width * $0 / total }
        }
        let alignments = (0..<count).map { column -> Alignment in
            let body = cells[header.count...].map { $0[column].lines.joined(separator: "\n").trimmingSpaces() }.filter { !$0.isEmpty }
            return column < rowHeaderColumns ? .start : TableText.alignment(of: body)
        }
        // The columns of a matrix (marks) share their width equally, so the marks line up in a grid.
        let matrix = alignments.indices.filter { alignments[$0] == .center }
        if matrix.count > 1 {
            let share = matrix.map { widths[$0] }.reduce(0, +) / Double(matrix.count)
            if matrix.allSatisfy({ share >= minimum[$0] + Self.cellPadding }) { for column in matrix { widths[column] = share } }
        }
        columns = (0..<count).map { column in
            Column(width: widths[column], fraction: widths[column] / max(width, 1),
                   alignment: alignments[column], headerAlignment: alignments[column] == .start ? .start : .center)
        }
        var height = 0.0
        for row in cells {
            let rowLines = (0..<count).map { column in
                row[column].widths.reduce(0) { total, width in
                    total + max(1, (width / max(widths[column] - Self.cellPadding, 1)).rounded(.up))
                }
            }.max() ?? 1
            height += rowLines * Self.lineHeight + Self.rowPadding
        }
        keepsTogether = height <= Self.pageHeight / 3
    }

    /// A cell's printed lines and the width of each.
    private struct CellLines {
        let lines: [String]
        let widths: [Double]

        init(_ cell: [Inline]) {
            self.init(lines: cell.plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }

        init(lines: [String]) {
            self.lines = lines
            widths = lines.map(TableText.width(ofLine:))
        }
    }

    /// Inline images' printed widths in ems of 10 pt text (3.528 mm).
    static func imageWidths(_ inlines: [Inline]) -> [Double] {
        inlines.flatMap { inline -> [Double] in
            switch inline {
            case .image(let image): return [image.widthMillimetres / 3.528]
            case .strong(let content), .link(_, let content), .changed(let content): return imageWidths(content)
            default: return []
            }
        }
    }

    /// CSS automatic layout: every column gets its longest line when they all fit, else its shortest
    /// unbreakable run plus a share of the rest by how much more it wants; the table fills `width`.
    static func distribute(minimum: [Double], maximum: [Double], across width: Double) -> [Double] {
        let minimumTotal = minimum.reduce(0, +), maximumTotal = maximum.reduce(0, +)
        if maximumTotal <= width {
            return maximum.map { $0 + (width - maximumTotal) * $0 / maximumTotal }
        }
        if minimumTotal <= width {
            let wants = zip(minimum, maximum).map { $1 - $0 }, wantsTotal = wants.reduce(0, +)
            return zip(minimum, wants).map { $0 + (width - minimumTotal) * $1 / wantsTotal }
        }
        // Not even the unbreakable runs fit: shrink them alike, so some must break.
        return minimum.map { width * $0 / minimumTotal }
    }
}
