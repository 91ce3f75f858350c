/// One option a stage accepts in the edition's `pipeline`, with its default.
public struct StageOptionDescription: Sendable {
    public let name: String
    public let summary: String
    public let defaultValue: String

    public init(name: String, summary: String, defaultValue: String) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }
}
