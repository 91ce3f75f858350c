// External stages see inlines as `{"type": …}` objects, the shape pandoc filters are used to.
extension Inline: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: TaggedCodingKey.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "text": self = .text(try c.decode(String.self, forKey: .init("text")))
        case "strong": self = .strong(try c.decode([Inline].self, forKey: .init("content")))
        case "link":
            self = .link(url: try c.decode(String.self, forKey: .init("url")),
                         content: try c.decode([Inline].self, forKey: .init("content")))
        case "reference": self = .reference(try c.decode(CrossReference.self, forKey: .init("reference")))
        case "footnote": self = .footnote(try c.decode(Footnote.self, forKey: .init("footnote")))
        case "term": self = .term(try c.decode(TermMark.self, forKey: .init("term")))
        case "line-break": self = .lineBreak
        case "changed": self = .changed(try c.decode([Inline].self, forKey: .init("content")))
        case "image": self = .image(try c.decode(InlineImage.self, forKey: .init("image")))
        case "anchor": self = .anchor(try c.decode(SourceLocation.self, forKey: .init("location")))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown inline type '\(type)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: TaggedCodingKey.self)
        switch self {
        case .text(let text):
            try c.encode("text", forKey: .type)
            try c.encode(text, forKey: .init("text"))
        case .strong(let content):
            try c.encode("strong", forKey: .type)
            try c.encode(content, forKey: .init("content"))
        case .link(let url, let content):
            try c.encode("link", forKey: .type)
            try c.encode(url, forKey: .init("url"))
            try c.encode(content, forKey: .init("content"))
        case .reference(let reference):
            try c.encode("reference", forKey: .type)
            try c.encode(reference, forKey: .init("reference"))
        case .footnote(let footnote):
            try c.encode("footnote", forKey: .type)
            try c.encode(footnote, forKey: .init("footnote"))
        case .term(let mark):
            try c.encode("term", forKey: .type)
            try c.encode(mark, forKey: .init("term"))
        case .lineBreak:
            try c.encode("line-break", forKey: .type)
        case .changed(let content):
            try c.encode("changed", forKey: .type)
            try c.encode(content, forKey: .init("content"))
        case .image(let image):
            try c.encode("image", forKey: .type)
            try c.encode(image, forKey: .init("image"))
        case .anchor(let location):
            try c.encode("anchor", forKey: .type)
            try c.encode(location, forKey: .init("location"))
        }
    }
}
