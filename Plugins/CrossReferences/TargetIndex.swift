import ManuscriptCore

/// Every element with an id, with the name a reference to it prints.
struct TargetIndex {
    struct Entry {
        var resolved: ResolvedTarget
        var volumeName: String
        /// The kind of a block that prints nothing (data a stage keeps, or a block a stage could not
        /// build), which a reference cannot point at.
        var unprinted: String?
    }

    private(set) var entries: [String: Entry] = [:]

    init(document: Document, headingFormat: HeadingFormat) {
        for volume in document.volumes {
            for section in volume.sections {
                entries[section.id] = Entry(
                    resolved: ResolvedTarget(volume: volume.id, section: section.id, anchor: section.id, text: section.displayTitle),
                    volumeName: volume.referenceName)
            }
        }
        for place in document.blockPlaces {
            guard let id = place.block.id else { continue }
            var unprinted: String?
            let text: String
            if case .heading(let heading) = place.block.content {
                // Every chapter has its （1）: the chapter makes the name unambiguous.
                text = headingFormat.name(of: heading, in: place.section)
            } else if let name = place.block.referenceName {
                text = name
            } else {
                unprinted = place.block.content.kind
                text = id
            }
            entries[id] = Entry(
                resolved: ResolvedTarget(volume: place.volume.id, section: place.section.id, anchor: id, text: text),
                volumeName: place.volume.referenceName, unprinted: unprinted)
        }
    }

    /// The known id nearest to a misspelt one, when it is close enough to be a likely typo.
    func closestID(to id: String) -> String? {
        Suggestion.closest(to: id, among: entries.keys)
    }
}
