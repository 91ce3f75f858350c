/// One section file: a chapter of a volume, with its blocks in order.
public struct Section: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    /// A printed number given by the `numbering` stage, e.g. 「第2章」 or 「資料1」.
    public var number: String?
    public var location: SourceLocation
    public var blocks: [Block]

    public init(id: String, title: String, number: String? = nil, location: SourceLocation, blocks: [Block]) {
        self.id = id
        self.title = title
        self.number = number
        self.location = location
        self.blocks = blocks
    }

    /// The title as printed, with the number when there is one.
    public var displayTitle: String {
        number.map { "\($0) \(title)" } ?? title
    }
}
