import ManuscriptCore

/// Reads every `roles` block in reading order, noting the goal each belongs to: its own `goal`, else
/// the nearest heading above it, else its section.
struct ResponsibilityCollector {
    let actors: ActorList
    let goals: GoalIndex
    private(set) var responsibilities: [Responsibility] = []
    private(set) var problems: [Finding] = []
    /// Where each actor's text was first declared, so a repeat is found without rescanning the list.
    private var firstDeclarations: [Declaration: SourceLocation] = [:]

    private struct Declaration: Hashable {
        let actor: String
        let text: String
    }

    init(actors: ActorList, goals: GoalIndex) {
        self.actors = actors
        self.goals = goals
    }

    mutating func collect(from document: Document) {
        var section = "", goal = ""
        for place in document.blockPlaces {
            if place.section.id != section { section = place.section.id; goal = section }
            let block = place.block
            if case .heading = block.content, let id = block.id { goal = id }
            guard case .custom(let custom) = block.content, custom.kind == "roles" else { continue }
            do {
                try read(custom.data, defaultGoal: goal, section: section)
            } catch {
                let error = error as? AssemblyError ?? AssemblyError("\(error)")
                problems.append(Finding(.error, error.message, at: error.location ?? block.location, stage: ""))
            }
        }
    }

    private mutating func read(_ node: YAMLNode, defaultGoal: String, section: String) throws {
        let roles = try node.mapping("roles")
        try roles.rejectUnknownKeys(allowed: ["goal", "responsibilities"])
        // A misspelt goal would file the declarations where no table looks for them. The block is
        // still read, under its default goal, so the error is not echoed by unused actors.
        var goal = defaultGoal
        if let node = roles["goal"] {
            do {
                goal = try goals.goal(node)
            } catch let error as AssemblyError {
                problems.append(Finding(.error, error.message, at: error.location ?? node.location, stage: ""))
            }
        }
        for pair in try roles.required("responsibilities").mapping("responsibilities").pairs {
            let actor = try pair.key.string("an actor id")
            guard actors[actor] != nil else {
                problems.append(Finding(.error, actors.unknownActor(actor, at: pair.key.location).message, at: pair.key.location, stage: ""))
                continue
            }
            let texts: [YAMLNode] = if case .sequence(let items) = pair.value.kind { items } else { [pair.value] }
            for textNode in texts {
                let text = try textNode.inlineText("a responsibility")
                let declaration = Declaration(actor: actor, text: text.plainText)
                if let first = firstDeclarations[declaration] {
                    problems.append(Finding(.warning, "'\(actor)' already has this responsibility at \(first)",
                                            at: textNode.location, stage: ""))
                } else {
                    firstDeclarations[declaration] = textNode.location
                }
                responsibilities.append(Responsibility(actor: actor, text: text, goal: goal, section: section, location: textNode.location))
            }
        }
    }
}
