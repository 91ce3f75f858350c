/// A bulleted or numbered list of short items.
public struct BulletList: Codable, Hashable, Sendable {
    public var ordered: Bool
    public var items: [[Inline]]

    public init(ordered: Bool = false, items: [[Inline]]) {
        self.ordered = ordered
        self.items = items
    }
}
