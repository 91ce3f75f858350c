/// What a limit applies to.
enum LimitScope: Equatable {
    /// A whole volume, by id.
    case volume(String)
    /// A section or a heading's subsection, by id; with or without the subsections under it.
    case section(String, subsections: Bool)
    /// Every section (`section: "*"`) of one volume, or of every volume holding the plan's own text
    /// (not the 概要版, which `summary` limits). A section with a limit of its own in the same unit
    /// is counted by that limit instead.
    case everySection(volume: String?, subsections: Bool)
    /// Every block of a kind, each counted alone.
    case blocks(kind: String)
    /// Every sentence.
    case sentence
    /// The summary edition (概要版), the volume with id `summary`, when the edition has one.
    case summary

    static let blockKinds = ["heading", "paragraph", "list", "list-item", "table", "metrics", "callout", "caption", "roles"]
}
