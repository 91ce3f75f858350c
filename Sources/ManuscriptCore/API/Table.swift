/// A table with a caption, header rows and body rows; each cell is running text.
public struct Table: Codable, Hashable, Sendable {
    public var caption: [Inline]
    public var header: [[[Inline]]]
    public var rows: [[[Inline]]]
    /// Which columns are row headings (`th scope="row"`), usually the first.
    public var rowHeaderColumns: Int
    /// Fixed shares of the table's width, one per column (新 and 旧 equal in a 新旧対照表), where
    /// the columns must not follow their content; nil lets ``TableLayout`` size them.
    public var columnShares: [Double]?

    public init(caption: [Inline], header: [[[Inline]]], rows: [[[Inline]]], rowHeaderColumns: Int = 0, columnShares: [Double]? = nil) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.rowHeaderColumns = rowHeaderColumns
        self.columnShares = columnShares
    }

    /// The widest row, header included.
    public var columnCount: Int { (header + rows).map(\.count).max() ?? 0 }
}
