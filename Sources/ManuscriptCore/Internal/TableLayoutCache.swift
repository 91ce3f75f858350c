import Foundation

/// Table layouts already worked out in this process, by content and width. The character limits'
/// page estimate and every writer (DOCX, EPUB, web; each volume and the 概要版) lay out the same
/// tables; measuring the cells is the costly part and depends on nothing else.
final class TableLayoutCache: @unchecked Sendable {
    struct Key: Hashable {
        let header: [[[Inline]]]
        let rows: [[[Inline]]]
        let rowHeaderColumns: Int
        let width: Double
        let shares: [Double]?
        /// The content hashed once: a lookup, the insertion after it and every growth of the table
        /// would each hash every cell again.
        private let contentHash: Int

        init(header: [[[Inline]]], rows: [[[Inline]]], rowHeaderColumns: Int, width: Double, shares: [Double]?) {
            self.header = header
            self.rows = rows
            self.rowHeaderColumns = rowHeaderColumns
            self.width = width
            self.shares = shares
            var hasher = Hasher()
            hasher.combine(header)
            hasher.combine(rows)
            hasher.combine(rowHeaderColumns)
            hasher.combine(width)
            hasher.combine(shares)
            contentHash = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) { hasher.combine(contentHash) }

        static func == (a: Key, b: Key) -> Bool {
            a.contentHash == b.contentHash && a.rowHeaderColumns == b.rowHeaderColumns && a.width == b.width && a.shares == b.shares
                && a.header == b.header && a.rows == b.rows
        }
    }

    static let shared = TableLayoutCache()
    private let lock = NSLock()
    private var layouts: [Key: TableLayout] = [:]

    func layout(for key: Key, making make: () -> TableLayout) -> TableLayout {
        if let layout = lock.withLock({ layouts[key] }) { return layout }
        let layout = make()
        lock.withLock {
            // `assemble preview` rebuilds on every save: old tables must not pile up.
            if layouts.count >= 50_000 { layouts.removeAll() }
            layouts[key] = layout
        }
        return layout
    }
}
