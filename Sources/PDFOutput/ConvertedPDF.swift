import Foundation

/// A PDF made from a DOCX, with the facts read back from it: how many pages it has and on which page
/// each heading is printed.
public struct ConvertedPDF: Sendable {
    public let data: Data
    public let pageCount: Int
    /// The printed page of each heading found, by the id ``PDFHeading`` gave it.
    public let headingPages: [String: Int]

    public init(data: Data, pageCount: Int, headingPages: [String: Int]) {
        self.data = data
        self.pageCount = pageCount
        self.headingPages = headingPages
    }
}
