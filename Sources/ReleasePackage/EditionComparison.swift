import ManuscriptCore

/// The changes between two editions, section by section: what a 新旧対照表 lists. Sections are
/// matched by id; within a section, lines are aligned and each changed pair marks the characters
/// that differ.
public struct EditionComparison {
    public struct Row: Sendable {
        /// The new text, with changed characters inside ``Inline/changed(_:)``; empty when deleted.
        public let new: [Inline]
        public let old: [Inline]
    }

    public struct ChangedSection: Sendable {
        /// `新` for a section the old edition lacks, `削除` for one the new edition dropped, else empty.
        public let status: String
        public let title: String
        public let rows: [Row]
    }

    public let old: Document
    public let new: Document
    public let sections: [ChangedSection]

    /// Lines longer than this are marked whole rather than character by character, to bound the work.
    static let characterDiffLimit = 4_000

    public init(old: Document, new: Document) {
        self.old = old
        self.new = new
        let oldSections = Self.comparedSections(of: old)
        let newSections = Self.comparedSections(of: new)
        let oldByID = Dictionary(oldSections.map { ($0.id, $0) }) { first, _ in first }
        let newIDs = Set(newSections.map(\.id))
        var changed: [ChangedSection] = []
        for section in newSections {
            let previous = oldByID[section.id]
            let rows = Self.rows(old: previous.map(ComparisonText.lines) ?? [], new: ComparisonText.lines(of: section))
            if !rows.isEmpty || previous == nil {
                changed.append(ChangedSection(status: previous == nil ? "新" : "", title: section.displayTitle, rows: rows))
            }
        }
        for section in oldSections where !newIDs.contains(section.id) {
            changed.append(ChangedSection(status: "削除", title: section.displayTitle,
                                          rows: Self.rows(old: ComparisonText.lines(of: section), new: [])))
        }
        sections = changed
    }

    /// The plan's own volumes: the summary repeats the vision, so comparing it would list each change twice.
    private static func comparedSections(of document: Document) -> [Section] {
        document.volumes.filter(\.holdsOwnText).flatMap(\.sections)
    }

    static func rows(old: [String], new: [String]) -> [Row] {
        let difference = new.difference(from: old)
        let removed = offsets(difference.removals)
        let inserted = offsets(difference.insertions)
        var rows: [Row] = []
        var pendingOld: [String] = [], pendingNew: [String] = []
        func flush() {
            for index in 0..<max(pendingOld.count, pendingNew.count) {
                let before = index < pendingOld.count ? pendingOld[index] : ""
                let after = index < pendingNew.count ? pendingNew[index] : ""
                let marked = marks(old: before, new: after)
                rows.append(Row(new: marked.new, old: marked.old))
            }
            pendingOld = []; pendingNew = []
        }
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                pendingOld.append(old[i]); i += 1
            } else if j < new.count, inserted.contains(j) {
                pendingNew.append(new[j]); j += 1
            } else {
                flush()
                i += 1; j += 1
            }
        }
        flush()
        return rows
    }

    /// Both texts with the characters that differ marked.
    static func marks(old: String, new: String) -> (old: [Inline], new: [Inline]) {
        let a = Array(old), b = Array(new)
        guard !a.isEmpty, !b.isEmpty, a.count + b.count <= characterDiffLimit else {
            return (a.isEmpty ? [] : [.changed([.text(old)])], b.isEmpty ? [] : [.changed([.text(new)])])
        }
        let difference = b.difference(from: a)
        let removed = offsets(difference.removals)
        let inserted = offsets(difference.insertions)
        return (marked(a, changed: removed), marked(b, changed: inserted))
    }

    private static func offsets<T>(_ changes: [CollectionDifference<T>.Change]) -> Set<Int> {
        Set(changes.map { change in
            switch change {
            case .insert(let offset, _, _), .remove(let offset, _, _): offset
            }
        })
    }

    private static func marked(_ characters: [Character], changed: Set<Int>) -> [Inline] {
        var result: [Inline] = []
        var run = "", runChanged = false
        func flush() {
            guard !run.isEmpty else { return }
            result.append(runChanged ? .changed([.text(run)]) : .text(run))
            run = ""
        }
        for (index, character) in characters.enumerated() {
            let isChanged = changed.contains(index)
            if isChanged != runChanged { flush(); runChanged = isChanged }
            run.append(character)
        }
        flush()
        return result
    }
}
