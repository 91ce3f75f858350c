import Foundation
import PDFOutput

/// Finds on which page of a printed volume a line stands, from the text of each page (as
/// `pdftotext` reads it), for the 新旧対照表's page column.
public struct PageFinder: Sendable {
    private let pages: [String]
    /// How many characters of a line are looked for: enough to be unique, few enough to stay on
    /// the line's first page.
    static let probeLength = 16

    public init(pageTexts: [String]) {
        pages = pageTexts.map(ConvertedPDF.compact)
    }

    /// The 1-based page where `text` starts, searching from `page` on (reading order), then from the start.
    func page(of text: String, from page: Int) -> Int? {
        find(text, from: page) { $0.contains($1) }
    }

    /// The page a chapter begins: the first that opens with its title, so the contents page, which
    /// lists every title, is passed over.
    func page(ofChapter title: String, from page: Int) -> Int? {
        find(title, from: page) { $0.hasPrefix($1) }
    }

    private func find(_ text: String, from page: Int, where matches: (String, String) -> Bool) -> Int? {
        let probe = String(ConvertedPDF.compact(text).prefix(Self.probeLength))
        guard probe.count >= 2 else { return nil }
        let start = max(0, min(page - 1, pages.count))
        for index in Array(start..<pages.count) + Array(0..<start) where matches(pages[index], probe) {
            return index + 1
        }
        return nil
    }
}
