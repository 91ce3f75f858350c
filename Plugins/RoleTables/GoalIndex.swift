import ManuscriptCore

/// The ids a `goal` may name, sections and headings, with the names a matrix prints for them.
struct GoalIndex {
    private(set) var names: [String: String] = [:]
    /// The section each goal stands in (a section stands in itself).
    private var sections: [String: String] = [:]

    init(document: Document) {
        for volume in document.volumes {
            for section in volume.sections { names[section.id] = section.title; sections[section.id] = section.id }
        }
        for place in document.blockPlaces {
            if case .heading(let heading) = place.block.content, let id = place.block.id {
                names[id] = heading.text.plainText
                sections[id] = place.section.id
            }
        }
    }

    /// Whether a declaration counts for `goal`: its own goal, or, when `goal` is a section, any goal
    /// (heading) inside that section, so naming a chapter takes in what its headings declare.
    func covers(_ goal: String, _ item: Responsibility) -> Bool {
        item.goal == goal || (sections[goal] == goal && sections[item.goal] == goal)
    }

    /// The goal id a node names, checked to be a section or heading id.
    func goal(_ node: YAMLNode) throws -> String {
        let id = try node.string("a goal id")
        guard names[id] != nil else {
            throw AssemblyError("goal '\(id)' is not the id of a section or heading\(Suggestion.hint(for: id, among: names.keys))", at: node.location)
        }
        return id
    }

    func name(of id: String) -> String { names[id] ?? id }
}
