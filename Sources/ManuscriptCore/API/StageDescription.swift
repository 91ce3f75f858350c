/// What a stage is and how to use it; shown by `assemble stages`, and its examples are run as tests.
public struct StageDescription: Sendable {
    /// Lowercase, hyphenated; used in the edition's `pipeline` and printed with findings.
    public let identifier: String
    /// Title Case, for people.
    public let name: String
    /// One sentence, no trailing period.
    public let summary: String
    public let options: [StageOptionDescription]
    /// Block kinds this stage adds to the manuscript format; the loader accepts them as
    /// ``CustomBlock``s and the stage must replace every one of them.
    public let blockKinds: [String]
    /// Keys any block may carry for this stage (e.g. `glossary`), kept in ``Block/options``.
    public let blockOptions: [String]
    public let examples: [StageExample]
    /// Whether the stage runs at the end of every pipeline that does not list it (the release checks).
    public let alwaysRuns: Bool
    /// Whether the stage only reads the document (counts, checks) and never changes it or adds
    /// images: the volumes can then be written while it runs. The pipeline stops a stage that
    /// declares it and changes the document anyway.
    public let readsOnly: Bool

    public init(identifier: String, name: String, summary: String,
                options: [StageOptionDescription] = [], blockKinds: [String] = [], blockOptions: [String] = [],
                examples: [StageExample] = [], alwaysRuns: Bool = false, readsOnly: Bool = false) {
        self.identifier = identifier
        self.name = name
        self.summary = summary
        self.options = options
        self.blockKinds = blockKinds
        self.blockOptions = blockOptions
        self.examples = examples
        self.alwaysRuns = alwaysRuns
        self.readsOnly = readsOnly
    }
}
