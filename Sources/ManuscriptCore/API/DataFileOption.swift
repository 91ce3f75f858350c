/// A stage option naming a data file (glossary, actors, limits), with where it was given.
public struct DataFileOption: Sendable {
    /// Relative to the manuscript folder.
    public let path: String
    /// Where the option was written, or the stage entry when it took its default.
    public let location: SourceLocation
    /// Whether the edition named the file; a default that is absent may simply be unused.
    public let isExplicit: Bool
}
