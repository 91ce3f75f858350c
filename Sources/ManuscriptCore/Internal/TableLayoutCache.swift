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
