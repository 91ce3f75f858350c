/// A heading inside a section. The section title is level 1; block headings are levels 2 and 3.
public struct Heading: Codable, Hashable, Sendable {
    public var level: Int
    public var text: [Inline]

    public init(level: Int, text: [Inline]) {
        self.level = level
        self.text = text
    }
}
