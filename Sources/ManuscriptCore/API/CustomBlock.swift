/// A block of a kind that a stage declares (see ``StageDescription/blockKinds``), kept as the YAML the
/// author wrote until that stage turns it into ordinary blocks.
public struct CustomBlock: Codable, Hashable, Sendable {
    /// The block kind as written, e.g. `role-table`.
    public var kind: String
    public var data: YAMLNode

    public init(kind: String, data: YAMLNode) {
        self.kind = kind
        self.data = data
    }
}
