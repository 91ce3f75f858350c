import ManuscriptCore

/// The changes between two editions, section by section in reading order: what a 新旧対照表 lists.
/// Sections are matched by id, and a deleted one stands where it stood; within a section, lines are
/// aligned and each changed pair marks the characters that differ. Numbers that moved only because
/// something was added or removed before them (第4章 → 第3章) are not changes, unless asked for.
public struct EditionComparison {
    public struct Row: Sendable {
        /// The new text, with changed characters inside ``Inline/changed(_:)``; empty when deleted.
        public let new: [Inline]
        public let old: [Inline]
        /// The table caption or glossary term the row belongs to, when the row alone does not say.
        public let context: String?
        /// The page of the new edition's PDF where the row stands (for a deletion, where it stood):
        /// 「12」 in the plan's first volume, 「資料編 3」 in another.
        public var page: String?
    }

    public struct ChangedSection: Sendable {
        /// `新` for a section the old edition lacks, `削除` for one the new edition dropped, else empty.
        public let status: String
        /// The title as printed, with the old number when it changed: 「第3章（旧第4章） …」.
        public let title: String
        public let rows: [Row]
    }

    public let old: Document
    public let new: Document
    public let sections: [ChangedSection]
    /// Chapters and 資料 whose number changed: 「第3章（旧第4章） 地域共生の進め方」.
    public let renumbered: [String]
    /// Whether the new edition's printed pages were given.
    public let hasPages: Bool

    /// Lines longer than this are marked whole rather than character by character, to bound the work.
    static let characterDiffLimit = 4_000

    /// - parameter showingRenumbering: list lines that differ only by a moved number, too.
    /// - parameter pages: the new edition's printed pages by volume id, for the page column.
    public init(old: Document, new: Document, showingRenumbering: Bool = false, pages: [String: PageFinder] = [:]) {
        self.old = old
        self.new = new
        let oldSections = Self.comparedSections(of: old)
        let newSections = Self.comparedSections(of: new)
        let renumbering = Renumbering(old: oldSections, new: newSections)
        renumbered = renumbering.sections.map { "\($0.new)（旧\($0.old)） \($0.title)" }
        hasPages = !pages.isEmpty
        let oldIndex = Dictionary(oldSections.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let newIDs = Set(newSections.map(\.id))
        func oldLines(_ section: Section) -> [ComparisonLine] {
            ComparisonText.lines(of: section).map { line in
                var line = line
                if !showingRenumbering { line.key = renumbering.applied(to: line.key) }
                return line
            }
        }

        var changed: [ChangedSection] = []
        // Pages are searched in reading order within each volume; a deleted section's rows take the
        // page where the section after it begins, where the deleted text stood.
        let volumeOf = Dictionary(new.volumes.flatMap { volume in volume.sections.map { ($0.id, volume) } }) { first, _ in first }
        let firstVolume = new.volumes.first(where: \.holdsOwnText)?.id
        var volume: Volume?
        var page = 1
        func enter(_ section: Section) {
            if let next = volumeOf[section.id], next.id != volume?.id { volume = next; page = 1 }
            if let volume, let start = pages[volume.id]?.page(ofChapter: section.displayTitle, from: page) { page = start }
        }
        func located(_ rows: [Row]) -> [Row] {
            guard let volume, let finder = pages[volume.id] else { return rows }
            let prefix = volume.id == firstVolume ? "" : volume.referenceName + " "
            return rows.map { row in
                var row = row
                if !row.new.isEmpty, let found = finder.page(of: row.new.plainText, from: page) { page = found }
                row.page = prefix + String(page)
                return row
            }
        }
        // Deleted sections come out where they stood: before the first kept section that followed them.
        var nextOld = 0
        func deleted(before limit: Int) {
            while nextOld < limit {
                let section = oldSections[nextOld]
                nextOld += 1
                guard !newIDs.contains(section.id) else { continue }
                // The section's own heading row says its title; its lines follow.
                changed.append(ChangedSection(status: "削除", title: section.displayTitle,
                                              rows: located(Self.rows(old: Array(oldLines(section).dropFirst()), new: []))))
            }
        }
        for section in newSections {
            let previous = oldIndex[section.id].map { oldSections[$0] }
            enter(section)
            if let index = oldIndex[section.id] { deleted(before: index) }
            let lines = ComparisonText.lines(of: section)
            let rows = located(Self.rows(old: previous.map(oldLines) ?? [], new: previous == nil ? Array(lines.dropFirst()) : lines))
            var title = section.displayTitle
            if let before = previous?.number, let after = section.number, before != after {
                title = "\(after)（旧\(before)） \(section.title)"
            }
            if !rows.isEmpty || previous == nil || title != section.displayTitle {
                changed.append(ChangedSection(status: previous == nil ? "新" : "", title: title, rows: rows))
            }
        }
        deleted(before: oldSections.count)
        sections = changed
    }

    /// The plan's own volumes: the summary repeats the vision, so comparing it would list each change twice.
    private static func comparedSections(of document: Document) -> [Section] {
        document.volumes.filter(\.holdsOwnText).flatMap(\.sections)
    }

    static func rows(old: [String], new: [String]) -> [Row] {
        rows(old: old.map { ComparisonLine($0) }, new: new.map { ComparisonLine($0) })
    }

    static func rows(old: [ComparisonLine], new: [ComparisonLine]) -> [Row] {
        let difference = new.map(\.key).difference(from: old.map(\.key))
        let removed = offsets(difference.removals)
        let inserted = offsets(difference.insertions)
        var rows: [Row] = []
        var pendingOld: [ComparisonLine] = [], pendingNew: [ComparisonLine] = []
        func flush() {
            for index in 0..<max(pendingOld.count, pendingNew.count) {
                let before = index < pendingOld.count ? pendingOld[index] : nil
                let after = index < pendingNew.count ? pendingNew[index] : nil
                let marked = marks(old: before?.text ?? "", new: after?.text ?? "")
                rows.append(Row(new: marked.new, old: marked.old, context: after?.context ?? before?.context, page: nil))
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
