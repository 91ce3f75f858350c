/// One block of a section, with its id (unique across both volumes) and its place in the manuscript.
///
/// A value like any other, but its fields live in one shared box that is copied only when a copy is
/// changed: every walk over the document copies blocks, and copying five fields cost ten reference
/// counts where the box costs two.
public struct Block: Codable, Hashable, Sendable {
    @usableFromInline var storage: BlockStorage

    public init(id: String? = nil, location: SourceLocation, number: String? = nil, options: [String: String] = [:], content: BlockContent) {
        storage = BlockStorage(id: id, location: location, number: number, options: options, content: content)
    }

    public var id: String? {
        @inlinable _read { yield storage.id }
        _modify { yield &unique.id }
    }

    public var location: SourceLocation {
        @inlinable _read { yield storage.location }
        _modify { yield &unique.location }
    }

    /// A printed number given by the `numbering` stage, such as 「表2」 or 「図1」.
    public var number: String? {
        @inlinable _read { yield storage.number }
        _modify { yield &unique.number }
    }

    /// Options stages declare for blocks (``StageDescription/blockOptions``), e.g. `glossary: false`.
    public var options: [String: String] {
        @inlinable _read { yield storage.options }
        _modify { yield &unique.options }
    }

    public var content: BlockContent {
        @inlinable _read { yield storage.content }
        _modify { yield &unique.content }
    }

    /// The box, copied first if another block shares it.
    private var unique: BlockStorage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    private enum CodingKeys: String, CodingKey { case id, location, number, options, content }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decodeIfPresent(String.self, forKey: .id),
                  location: try container.decode(SourceLocation.self, forKey: .location),
                  number: try container.decodeIfPresent(String.self, forKey: .number),
                  options: try container.decode([String: String].self, forKey: .options),
                  content: try container.decode(BlockContent.self, forKey: .content))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(location, forKey: .location)
        try container.encodeIfPresent(number, forKey: .number)
        try container.encode(options, forKey: .options)
        try container.encode(content, forKey: .content)
    }

    public static func == (a: Block, b: Block) -> Bool {
        a.storage === b.storage || (a.id == b.id && a.location == b.location && a.number == b.number
                                    && a.options == b.options && a.content == b.content)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(location)
        hasher.combine(number)
        hasher.combine(options)
        hasher.combine(content)
    }
}
