import ManuscriptCore

/// One thing an actor does, declared in a `roles` block under a goal (a heading or section id).
struct Responsibility {
    let actor: String
    let text: [Inline]
    /// The id of the goal or direction the declaration belongs to.
    let goal: String
    let section: String
    let location: SourceLocation
}
