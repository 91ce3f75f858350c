/// An explicit glossary term in running text, written `{{地域共生社会}}`: the glossary stage links it
/// (and reports it if the glossary has no such term); without that stage it prints as plain text.
public struct TermMark: Codable, Hashable, Sendable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
