/// Bounds that keep hostile YAML from exhausting time or memory.
///
/// libyaml itself expands nothing and (in Debian's 0.2.5) has no nesting limit, so both are ours.
struct YAMLLimits: Sendable {
    /// Nodes in one file after alias expansion; stops billion-laughs documents.
    var maximumNodes = 2_000_000
    /// Nesting of sequences and mappings.
    var maximumDepth = 64
    /// Bytes in one file.
    var maximumFileBytes = 32 * 1024 * 1024

    static let standard = YAMLLimits()
}
