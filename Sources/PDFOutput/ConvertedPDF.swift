import Foundation

/// A PDF made from a DOCX, with the facts read back from it: how many pages it has and on which page
/// each heading is printed.
public struct ConvertedPDF: Sendable {
    public let data: Data
    public let pageCount: Int
    /// The printed page of each heading found, by the id ``PDFHeading`` gave it.
    public let headingPages: [String: Int]
    /// Each page's text as `pdftotext` reads it, without white space (see ``compact(_:)``).
    public let pageTexts: [String]

    public init(data: Data, pageCount: Int, headingPages: [String: Int], pageTexts: [String] = []) {
        self.data = data
        self.pageCount = pageCount
        self.headingPages = headingPages
        self.pageTexts = pageTexts
    }

    /// Text without white space, as page texts are kept: LibreOffice sets a small gap between
    /// Japanese and Latin letters or digits, which pdftotext turns into spaces, and lines wrap where
    /// the source does not.
    public static func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
