/// The keys of the tagged JSON form of model enums: `{"type": "strong", "content": [...]}`.
struct TaggedCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    static let type = TaggedCodingKey("type")
}
