import ManuscriptCore

/// Turns `role-table` and `role-matrix` blocks into ordinary tables. `roles` declarations stay in the
/// document as data (later stages count their texts); writers print nothing for them.
struct RoleTableBuilder {
    let actors: ActorList
    let responsibilities: [Responsibility]
    let goals: GoalIndex
    let mark: String

    /// A table left empty. When a roles block could not be read, that error is the root cause and
    /// this one is not reported.
    struct NothingToShow: Error {
        let error: AssemblyError
    }

    /// The table a `role-table` or `role-matrix` block becomes, keeping the block's id and options
    /// (a `summary` mark among them).
    func replacement(for custom: CustomBlock, replacing block: Block, in section: Section) throws -> Block {
        var built = block
        switch custom.kind {
        case "role-table": built.content = .table(try roleTable(custom.data, in: section))
        case "role-matrix": built.content = .table(try matrix(custom.data))
        default: break
        }
        return built
    }

    /// Actor | responsibilities, for the declarations of the chosen goals (default: this section's).
    private func roleTable(_ node: YAMLNode, in section: Section) throws -> Table {
        let table = try node.mapping("role-table")
        try table.rejectUnknownKeys(allowed: ["id", "caption", "actors", "goals"])
        let caption = try table.required("caption").inlineText("caption")
        let goals = try table["goals"].map { try goalIDs($0) }
        let inScope = responsibilities.filter { item in goals.map { $0.contains { self.goals.covers($0, item) } } ?? (item.section == section.id) }
        let (chosen, explicit) = try actors.selection(table["actors"])
        guard inScope.contains(where: { item in chosen.contains { $0.id == item.actor } }) else {
            let scope = goals.map { "goals \($0.map { "'\($0)'" }.joined(separator: ", "))" } ?? "section '\(section.id)'"
            throw NothingToShow(error: AssemblyError(
                "role table has nothing to show: no roles block declares responsibilities of its actors for \(scope); declare them, or name the goals with 'goals:'",
                at: table["goals"]?.location ?? node.location))
        }
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
        guard responsibilities.contains(where: { item in goals.contains { self.goals.covers($0, item) } && chosen.contains { $0.id == item.actor } }) else {
            throw NothingToShow(error: AssemblyError("role matrix has nothing to mark: no roles block declares responsibilities of its actors for its goals",
                                                     at: table["goals"]?.location ?? node.location))
        }
        let header: [[Inline]] = [[.text("主体")]] + goals.map { [.text(self.goals.name(of: $0))] }
        let rows: [[[Inline]]] = chosen.map { actor in
            [[.text(actor.name)]] + goals.map { goal in
                responsibilities.contains { $0.actor == actor.id && self.goals.covers(goal, $0) } ? [.text(mark)] : [.text("－")]
            }
        }
        return Table(caption: caption, header: [header], rows: rows, rowHeaderColumns: 1)
    }

    private func goalIDs(_ node: YAMLNode) throws -> [String] {
        try node.sequence("goals").map(goals.goal)
    }

    /// Every goal with declarations, in reading order.
    private func orderedGoals() -> [String] {
        var seen: [String] = []
        for item in responsibilities where !seen.contains(item.goal) { seen.append(item.goal) }
        return seen
    }
}
