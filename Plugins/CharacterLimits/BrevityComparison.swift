import ManuscriptCore

/// How much shorter (or longer) the plan is than a previous edition: each volume and chapter in the
/// chosen units, old against new, with the change and its percentage. Both editions are counted by
/// the new edition's rules, so the figures compare like with like; chapters are matched by id.
struct BrevityComparison: Encodable {
    /// One figure in one unit, old and new; nil where the chapter is only in one edition.
    struct Change: Encodable {
        let unit: String
        let old: Double?
        let new: Double?

        var change: Double? {
            guard let old, let new else { return nil }
            return new - old
        }

        /// In percent of the old figure, to one decimal.
        var changePercent: Double? {
            guard let old, let new, old > 0 else { return nil }
            return ((new - old) / old * 1000).rounded() / 10
        }

        private enum Keys: String, CodingKey { case unit, old, new, change, changePercent }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(unit, forKey: .unit)
            try container.encodeIfPresent(old, forKey: .old)
            try container.encodeIfPresent(new, forKey: .new)
            try container.encodeIfPresent(change, forKey: .change)
            try container.encodeIfPresent(changePercent, forKey: .changePercent)
        }
    }

    struct Row: Encodable {
        let id: String
        /// As printed in the new edition, or in the old one for a chapter since removed.
        let title: String
        /// `kept`, `added` (only in the new edition) or `removed` (only in the old).
        let presence: String
        let changes: [Change]
    }

    struct VolumeRows: Encodable {
        let id: String
        let title: String
        let shortTitle: String
        let total: Row
        let chapters: [Row]
    }

    /// The previous edition's label and manuscript folder.
    let previousEdition: String
    let previousPath: String
    let units: [String]
    let volumes: [VolumeRows]

    init(previous: PreviousEdition, old oldVolumes: [(volume: BrevitySize, chapters: [BrevitySize])],
         new newVolumes: [(volume: BrevitySize, chapters: [BrevitySize])]) {
        previousEdition = previous.document.edition.label
        previousPath = previous.displayPath
        let chosen = previous.units.compactMap(CountingUnit.init(rawValue:))
        let units = chosen.isEmpty ? [CountingUnit.fullwidthEquivalent, .pages] : chosen
        self.units = units.map(\.rawValue)
        func row(_ id: String, _ title: String, old: BrevitySize?, new: BrevitySize?) -> Row {
            Row(id: id, title: title, presence: old == nil ? "added" : new == nil ? "removed" : "kept",
                changes: units.map { Change(unit: $0.rawValue, old: old?.count(in: $0), new: new?.count(in: $0)) })
        }
        typealias Sized = (volume: BrevitySize, chapters: [BrevitySize])
        var pairs: [(new: Sized?, old: Sized?)] = newVolumes.map { new in (new, oldVolumes.first { $0.volume.id == new.volume.id }) }
        pairs += oldVolumes.filter { old in !newVolumes.contains { $0.volume.id == old.volume.id } }.map { (nil, $0) }
        volumes = pairs.compactMap { new, old -> VolumeRows? in
            guard let volume = new?.volume ?? old?.volume else { return nil }
            let oldChapters = Dictionary((old?.chapters ?? []).map { ($0.id, $0) }) { first, _ in first }
            let newChapterIDs = Set((new?.chapters ?? []).map(\.id))
            var chapters = (new?.chapters ?? []).map { row($0.id, $0.title, old: oldChapters[$0.id], new: $0) }
            chapters += (old?.chapters ?? []).filter { !newChapterIDs.contains($0.id) }.map { row($0.id, $0.title, old: $0, new: nil) }
            return VolumeRows(id: volume.id, title: volume.title, shortTitle: volume.volume,
                              total: row(volume.id, volume.volume + "全体", old: old?.volume, new: new?.volume), chapters: chapters)
        }
    }
}
