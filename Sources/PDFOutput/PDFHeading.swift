/// A heading to find in a PDF: a chapter starts a page, other headings are found within the pages.
public struct PDFHeading: Sendable {
    public let id: String
    public let text: String
    public let startsPage: Bool

    public init(id: String, text: String, startsPage: Bool) {
        self.id = id
        self.text = text
        self.startsPage = startsPage
    }
}
