// External stages see block content as `{"type": "<kind>", "<kind>": …}`, the kind as in the manuscript.
extension BlockContent: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: TaggedCodingKey.self)
        let type = try c.decode(String.self, forKey: .type)
        let key = TaggedCodingKey(type)
        switch type {
        case "heading": self = .heading(try c.decode(Heading.self, forKey: key))
        case "paragraph": self = .paragraph(try c.decode([Inline].self, forKey: key))
        case "list": self = .list(try c.decode(BulletList.self, forKey: key))
        case "table": self = .table(try c.decode(Table.self, forKey: key))
        case "callout": self = .callout(try c.decode(Callout.self, forKey: key))
        case "metrics": self = .metrics(try c.decode(MetricSet.self, forKey: key))
        case "figure": self = .figure(try c.decode(Figure.self, forKey: key))
        case "chart": self = .chart(try c.decode(Chart.self, forKey: key))
        case "note": self = .editorNote(try c.decode([Inline].self, forKey: key))
        case "custom": self = .custom(try c.decode(CustomBlock.self, forKey: key))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown block type '\(type)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: TaggedCodingKey.self)
        if case .custom(let block) = self {
            try c.encode("custom", forKey: .type)
            try c.encode(block, forKey: TaggedCodingKey("custom"))
            return
        }
        let key = TaggedCodingKey(kind)
        try c.encode(kind, forKey: .type)
        switch self {
        case .heading(let value): try c.encode(value, forKey: key)
        case .paragraph(let value), .editorNote(let value): try c.encode(value, forKey: key)
        case .list(let value): try c.encode(value, forKey: key)
        case .table(let value): try c.encode(value, forKey: key)
        case .callout(let value): try c.encode(value, forKey: key)
        case .metrics(let value): try c.encode(value, forKey: key)
        case .figure(let value): try c.encode(value, forKey: key)
        case .chart(let value): try c.encode(value, forKey: key)
        case .custom: break
        }
    }
}
