import ManuscriptCore

/// Actor ids to printed names from the actors file (`actors: [{id, name}]`). The role-tables stage
/// validates that file and reports its mistakes; here an unreadable entry only leaves the id as the name.
enum ActorNames {
    static func read(_ root: YAMLNode?) -> [String: String] {
        guard let root, let file = try? root.mapping("the actors file"),
              let entries = try? file["actors"]?.sequence("actors") else { return [:] }
        var names: [String: String] = [:]
        for entry in entries {
            guard let actor = try? entry.mapping("an actor"), let id = try? actor["id"]?.string("actor id"),
                  let name = try? actor["name"]?.string("actor name"), names[id] == nil else { continue }
            names[id] = name
        }
        return names
    }
}
