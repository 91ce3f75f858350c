import ManuscriptCore

/// An actor (主体) of the plan, from the actors file.
struct Actor {
    let id: String
    let name: String
    let order: Int
    let description: String?
    let location: SourceLocation
}
