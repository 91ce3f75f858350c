/// Text with a note the reader can open where they are: an EPUB footnote (noteref) or a Word footnote.
public struct Footnote: Codable, Hashable, Sendable {
    /// Unique within the document; the writers derive anchors from it.
    public var id: String
    /// The text in the line, as the author wrote it.
    public var marked: [Inline]
    /// The note's text.
    public var note: [Inline]
    /// Where the note's subject is explained in full, when that is another volume (a glossary entry
    /// of the 資料編): the web edition links the marked text there, with the note shown on hover and focus.
    public var entry: ResolvedTarget?

    public init(id: String, marked: [Inline], note: [Inline], entry: ResolvedTarget? = nil) {
        self.id = id
        self.marked = marked
        self.note = note
        self.entry = entry
    }
}
