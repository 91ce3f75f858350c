/// A reference from running text to an element with an id, anywhere in either volume.
public struct CrossReference: Codable, Hashable, Sendable {
    /// The id written in the manuscript.
    public var target: String
    /// The author's own wording, when given as `[[id|label]]`.
    public var label: String?
    public var location: SourceLocation
    /// Filled by the `cross-references` stage.
    public var resolved: ResolvedTarget?
    /// A glossary term's short definition, set by the glossary stage on links to its entries: the web
    /// edition shows it where the term is (on hover and keyboard focus).
    public var definition: [Inline]?

    public init(target: String, label: String? = nil, location: SourceLocation, resolved: ResolvedTarget? = nil, definition: [Inline]? = nil) {
        self.target = target
        self.label = label
        self.location = location
        self.resolved = resolved
        self.definition = definition
    }

    /// What the writers print: the author's label, else the resolved title, else the raw id.
    public var displayText: String {
        label ?? resolved?.text ?? target
    }
}
