/// One block of a section, with its id (unique across both volumes) and its place in the manuscript.
public struct Block: Codable, Hashable, Sendable {
    public var id: String?
    public var location: SourceLocation
    /// A printed number given by the `numbering` stage, such as 「表2」 or 「図1」.
    public var number: String?
    /// Options stages declare for blocks (``StageDescription/blockOptions``), e.g. `glossary: false`.
    public var options: [String: String]
    public var content: BlockContent

    public init(id: String? = nil, location: SourceLocation, number: String? = nil, options: [String: String] = [:], content: BlockContent) {
        self.id = id
        self.location = location
        self.number = number
        self.options = options
        self.content = content
    }
}
