/// Text with a note the reader can open where they are: an EPUB footnote (noteref) or a Word footnote.
public struct Footnote: Codable, Hashable, Sendable {
    /// Unique within the document; the writers derive anchors from it.
    public var id: String
    /// The text in the line, as the author wrote it.
    public var marked: [Inline]
    /// The note's text.
    public var note: [Inline]

    public init(id: String, marked: [Inline], note: [Inline]) {
        self.id = id
        self.marked = marked
        self.note = note
    }
}
