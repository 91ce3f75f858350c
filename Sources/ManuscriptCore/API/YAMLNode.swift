/// A YAML value as loaded from a manuscript file, with the place it was written.
///
/// Aliases are already expanded (within a budget), so a node is a plain tree.
public struct YAMLNode: Codable, Hashable, Sendable {
    public enum Kind: Codable, Hashable, Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    /// One key and its value, in the order written.
    public struct Pair: Codable, Hashable, Sendable {
        public var key: YAMLNode
        public var value: YAMLNode
    }

    public var kind: Kind
    public var location: SourceLocation
    /// Plain (unquoted) scalars may be read as booleans and numbers; quoted ones are always strings.
    public var isPlain: Bool
    /// Where the scalar's text begins, so positions inside it can be located.
    var textOrigin: TextOrigin

    init(kind: Kind, location: SourceLocation, isPlain: Bool = false, textOrigin: TextOrigin? = nil) {
        self.kind = kind
        self.location = location
        self.isPlain = isPlain
        self.textOrigin = textOrigin ?? TextOrigin(location: location, followsLines: false)
    }

    /// What the node is, for messages: "a string", "a list", "a mapping".
    public var kindDescription: String {
        switch kind {
        case .scalar: "a string"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// The place of the character at `offset` (in Unicode scalars) inside this scalar's text.
    ///
    /// Exact for literal blocks (`|`) and one-line scalars; other multi-line styles fold lines,
    /// so their positions fall back to the scalar's start.
    public func location(ofScalarOffset offset: Int) -> SourceLocation {
        textOrigin.location(ofOffset: offset, in: self)
    }
}
