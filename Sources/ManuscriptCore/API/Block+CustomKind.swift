extension Block {
    /// The kind of a custom block (a stage's, still to be built); nil for every other block.
    public var customKind: String? {
        guard case .custom(let custom) = content else { return nil }
        return custom.kind
    }
}
