import ManuscriptCore

/// The elements references point at, with the name a reference to each prints.
struct TargetIndex {
    struct Entry {
        var resolved: ResolvedTarget
        var volumeName: String
        /// The kind of a block that prints nothing (data a stage keeps, or a block a stage could not
        /// build), which a reference cannot point at.
        var unprinted: String?
    }

    private(set) var entries: [String: Entry] = [:]

    /// - parameter wanted: the ids to name; other elements are passed over (a later element with the
    ///   same id still wins, as if all were named).
    init(document: Document, headingFormat: HeadingFormat, naming wanted: Set<String>) {
        for volume in document.volumes {
            for section in volume.sections where wanted.contains(section.id) {
                entries[section.id] = Entry(
                    resolved: ResolvedTarget(volume: volume.id, section: section.id, anchor: section.id, text: section.displayTitle),
                    volumeName: volume.referenceName)
            }
        }
        for place in document.blockPlaces {
            guard let id = place.block.id, wanted.contains(id) else { continue }
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

    /// Every id a reference could point at, for suggesting one in place of a misspelt id.
    static func ids(in document: Document) -> Set<String> {
        var ids = Set(document.volumes.flatMap(\.sections).map(\.id))
        for place in document.blockPlaces { if let id = place.block.id { ids.insert(id) } }
        return ids
    }
}
