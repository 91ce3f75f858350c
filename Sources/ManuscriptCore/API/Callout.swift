/// A boxed aside such as 「ご提案」, holding its own blocks.
public struct Callout: Codable, Hashable, Sendable {
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}
