/// A reference from running text to an element with an id, anywhere in either volume.
public struct CrossReference: Codable, Hashable, Sendable {
    /// The id written in the manuscript.
    public var target: String
    /// The author's own wording, when given as `[[id|label]]`.
    public var label: String?
    public var location: SourceLocation
    /// Filled by the `cross-references` stage.
    public var resolved: ResolvedTarget?

    public init(target: String, label: String? = nil, location: SourceLocation, resolved: ResolvedTarget? = nil) {
        self.target = target
        self.label = label
        self.location = location
        self.resolved = resolved
    }

    /// What the writers print: the author's label, else the resolved title, else the raw id.
    public var displayText: String {
        label ?? resolved?.text ?? target
    }
}
