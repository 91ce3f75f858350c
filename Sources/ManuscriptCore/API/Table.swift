/// A table with a caption, header rows and body rows; each cell is running text.
public struct Table: Codable, Hashable, Sendable {
    public var caption: [Inline]
    public var header: [[[Inline]]]
    public var rows: [[[Inline]]]
    /// Which columns are row headings (`th scope="row"`), usually the first.
    public var rowHeaderColumns: Int

    public init(caption: [Inline], header: [[[Inline]]], rows: [[[Inline]]], rowHeaderColumns: Int = 0) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.rowHeaderColumns = rowHeaderColumns
    }

    /// The widest row, header included.
    public var columnCount: Int { (header + rows).map(\.count).max() ?? 0 }
}
