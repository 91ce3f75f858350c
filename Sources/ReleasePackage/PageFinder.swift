import Foundation

/// Finds on which page of a printed edition a line stands, from the text of each page (as
/// `pdftotext` reads it), for the 新旧対照表's page column.
public struct PageFinder: Sendable {
    /// Each page's text without white space, since the printed lines wrap where the source does not.
    private let pages: [String]
    /// How many characters of a line are looked for: enough to be unique, few enough to stay on
    /// the line's first page.
    static let probeLength = 16

    public init(pageTexts: [String]) {
        pages = pageTexts.map(Self.folded)
    }

    /// The 1-based page where `text` starts, searching from `page` on (reading order), then from the start.
    func page(of text: String, from page: Int) -> Int? {
        let probe = String(Self.folded(text).prefix(Self.probeLength))
        guard probe.count >= 2 else { return nil }
        let start = max(0, min(page - 1, pages.count))
        for index in Array(start..<pages.count) + Array(0..<start) where pages[index].contains(probe) {
            return index + 1
        }
        return nil
    }

    private static func folded(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
