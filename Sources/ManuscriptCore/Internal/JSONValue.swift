/// A JSON value made from YAML options, for external stages. Plain scalars become booleans, numbers
/// and null where YAML 1.2's core schema says so; quoted scalars stay strings.
enum JSONValue: Encodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    init(_ node: YAMLNode) {
        switch node.kind {
        case .scalar(let text):
            guard node.isPlain else { self = .string(text); return }
            switch text {
            case "null", "~", "": self = .null
            case "true": self = .bool(true)
            case "false": self = .bool(false)
            default: self = Double(text).map { .number($0) } ?? .string(text)
            }
        case .sequence(let items): self = .array(items.map(JSONValue.init))
        case .mapping(let pairs): self = JSONValue(mappingPairs: pairs)
        }
    }

    init(mappingPairs pairs: [YAMLNode.Pair]) {
        self = .object(pairs.map { pair in
            let key: String = if case .scalar(let k) = pair.key.kind { k } else { "" }
            return (key, JSONValue(pair.value))
        })
    }

    func encode(to encoder: Encoder) throws {
        switch self {
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .number(let n): var c = encoder.singleValueContainer(); try c.encode(n)
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .array(let items): var c = encoder.unkeyedContainer(); for item in items { try c.encode(item) }
        case .object(let pairs):
            var c = encoder.container(keyedBy: TaggedCodingKey.self)
            for (key, value) in pairs { try c.encode(value, forKey: TaggedCodingKey(key)) }
        }
    }
}
