import ManuscriptCore

/// Every element with an id, with the name a reference to it prints.
struct TargetIndex {
    struct Entry {
        var resolved: ResolvedTarget
        var volumeName: String
    }

    private(set) var entries: [String: Entry] = [:]

    init(document: Document) {
        for volume in document.volumes {
            let volumeName = volume.shortTitle ?? volume.title
            for section in volume.sections {
                entries[section.id] = Entry(
                    resolved: ResolvedTarget(volume: volume.id, section: section.id, anchor: section.id, text: section.displayTitle),
                    volumeName: volumeName)
            }
        }
        for place in document.blockPlaces {
            guard let id = place.block.id else { continue }
            let text = place.block.printedName ?? place.section.displayTitle
            entries[id] = Entry(
                resolved: ResolvedTarget(volume: place.volume.id, section: place.section.id, anchor: id, text: text),
                volumeName: place.volume.shortTitle ?? place.volume.title)
        }
    }

    /// The known id nearest to a misspelt one, when it is close enough to be a likely typo.
    func closestID(to id: String) -> String? {
        let best = entries.keys.map { ($0, Self.distance($0, id)) }.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let best, best.1 <= max(2, id.count / 4) else { return nil }
        return best.0
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
