import ManuscriptCore

/// The actors file: `actors:` followed by entries with `id`, `name`, optional `order` and `description`.
/// Actors are listed by `order`, then by their place in the file.
struct ActorList {
    let actors: [Actor]

    init(_ root: YAMLNode) throws {
        let file = try root.mapping("the actors file")
        try file.rejectUnknownKeys(allowed: ["actors"])
        var actors: [Actor] = []
        var seen: [String: SourceLocation] = [:]
        for (index, node) in try file.required("actors").sequence("actors").enumerated() {
            let entry = try node.mapping("an actor")
            try entry.rejectUnknownKeys(allowed: ["id", "name", "order", "description"])
            let idNode = try entry.required("id")
            let id = try idNode.string("actor id")
            if let first = seen[id] {
                throw AssemblyError("duplicate actor id '\(id)'; first defined at \(first)", at: idNode.location)
            }
            seen[id] = idNode.location
            actors.append(Actor(id: id, name: try entry.required("name").string("actor name"),
                                order: try entry["order"]?.int("order", in: 0...9999) ?? index,
                                description: try entry["description"]?.string("description"), location: node.location))
        }
        self.actors = actors.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element)
    }

    subscript(id: String) -> Actor? { actors.first { $0.id == id } }

    /// The actors named by a block's `actors:` list, in display order; every actor when there is none.
    func selection(_ node: YAMLNode?) throws -> (actors: [Actor], explicit: Bool) {
        guard let node else { return (actors, false) }
        var chosen: Set<String> = []
        for item in try node.sequence("actors") {
            let id = try item.string("an actor id")
            guard self[id] != nil else { throw unknownActor(id, at: item.location) }
            chosen.insert(id)
        }
        return (actors.filter { chosen.contains($0.id) }, true)
    }

    func unknownActor(_ id: String, at location: SourceLocation) -> AssemblyError {
        let ids = actors.map(\.id)
        let hint = Suggestion.closest(to: id, among: ids).map { "did you mean '\($0)'?" }
            ?? "the actors file defines: \(ids.joined(separator: ", "))"
        return AssemblyError("unknown actor '\(id)'; \(hint)", at: location)
    }
}
