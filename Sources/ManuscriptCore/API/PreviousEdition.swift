/// An earlier edition of the plan to compare with (`assemble check --report --compare OLD`), for
/// stages whose reports show how the plan changed; it ran through its own pipeline first.
public struct PreviousEdition: Sendable {
    public var document: Document
    /// How the user named its manuscript folder.
    public var displayPath: String
    /// The counting units the user chose for the comparison, by name; empty for the stage's own choice.
    public var units: [String]

    public init(document: Document, displayPath: String, units: [String] = []) {
        self.document = document
        self.displayPath = displayPath
        self.units = units
    }
}
