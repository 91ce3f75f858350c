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
        Suggestion.closest(to: id, among: entries.keys)
    }
}
