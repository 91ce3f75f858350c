import ManuscriptCore

/// Turns `role-table` and `role-matrix` blocks into ordinary tables. `roles` declarations stay in the
/// document as data (later stages count their texts); writers print nothing for them.
struct RoleTableBuilder {
    let actors: ActorList
    let responsibilities: [Responsibility]
    let document: Document
    let mark: String

    func replacement(for custom: CustomBlock, id: String?, at location: SourceLocation, in section: Section) throws -> Block {
        switch custom.kind {
        case "role-table":
            return Block(id: id, location: location, content: .table(try roleTable(custom.data, in: section)))
        case "role-matrix":
            return Block(id: id, location: location, content: .table(try matrix(custom.data)))
        default:
            return Block(id: id, location: location, content: .custom(custom))
        }
    }

    /// Actor | responsibilities, for the declarations of the chosen goals (default: this section's).
    private func roleTable(_ node: YAMLNode, in section: Section) throws -> Table {
        let table = try node.mapping("role-table")
        try table.rejectUnknownKeys(allowed: ["id", "caption", "actors", "goals"])
        let caption = try table.required("caption").inlineText("caption")
        let goals = try table["goals"].map { try goalIDs($0) }
        let inScope = responsibilities.filter { goals?.contains($0.goal) ?? ($0.section == section.id) }
        let (chosen, explicit) = try actors.selection(table["actors"])
        var rows: [[[Inline]]] = []
        for actor in chosen {
            let items = inScope.filter { $0.actor == actor.id }
            if items.isEmpty && !explicit { continue }
            var cell: [Inline] = []
            for (index, item) in items.enumerated() {
                if index > 0 { cell.append(.lineBreak) }
                cell.append(.text("●"))
                cell.append(contentsOf: item.text)
            }
            rows.append([[.text(actor.name)], cell.isEmpty ? [.text("－")] : cell])
        }
        return Table(caption: caption, header: [[[.text("主体")], [.text("役割")]]], rows: rows, rowHeaderColumns: 1)
    }

    /// Actor × goal, marking where an actor has declared responsibilities.
    private func matrix(_ node: YAMLNode) throws -> Table {
        let table = try node.mapping("role-matrix")
        try table.rejectUnknownKeys(allowed: ["id", "caption", "actors", "goals"])
        let caption = try table.required("caption").inlineText("caption")
        let goals = try table["goals"].map { try goalIDs($0) } ?? orderedGoals()
        let (chosen, _) = try actors.selection(table["actors"])
        let header: [[Inline]] = [[.text("主体")]] + goals.map { [.text(goalName($0))] }
        let rows: [[[Inline]]] = chosen.map { actor in
            [[.text(actor.name)]] + goals.map { goal in
                responsibilities.contains { $0.actor == actor.id && $0.goal == goal } ? [.text(mark)] : [.text("－")]
            }
        }
        return Table(caption: caption, header: [header], rows: rows, rowHeaderColumns: 1)
    }

    private func goalIDs(_ node: YAMLNode) throws -> [String] {
        try node.sequence("goals").map { item in
            let id = try item.string("a goal id")
            guard targetName(id) != nil else {
                throw AssemblyError("goal '\(id)' is not the id of a section or heading", at: item.location)
            }
            return id
        }
    }

    /// Every goal with declarations, in reading order.
    private func orderedGoals() -> [String] {
        var seen: [String] = []
        for item in responsibilities where !seen.contains(item.goal) { seen.append(item.goal) }
        return seen
    }

    private func goalName(_ id: String) -> String { targetName(id) ?? id }

    private func targetName(_ id: String) -> String? {
        for volume in document.volumes {
            for section in volume.sections where section.id == id { return section.title }
        }
        return document.blockPlaces.first { $0.block.id == id }?.block.printedName
    }
}
