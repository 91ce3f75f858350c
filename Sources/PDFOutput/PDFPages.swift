import Foundation
import ManuscriptCore

/// The text of each page of a PDF, as `pdftotext` reads it, and its page count from `pdfinfo`.
struct PDFPages {
    /// Each page's text without whitespace: LibreOffice sets a small gap between Japanese and Latin
    /// letters or digits, which pdftotext turns into spaces.
    let pages: [String]

    var count: Int { pages.count }

    static func read(_ pdf: URL, tools: OfficeSession.Tools, in folder: URL) throws -> PDFPages {
        let info = try ExternalProgram.run(tools.pdfinfo, arguments: [pdf.path], in: folder, timeoutSeconds: 60)
        let infoText = String(decoding: info.standardOutput, as: UTF8.self)
        guard info.status == 0, let line = infoText.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
              let count = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) else {
            throw AssemblyError("pdfinfo cannot read the PDF made from \(pdf.deletingPathExtension().lastPathComponent).docx")
        }
        let text = try ExternalProgram.run(tools.pdftotext, arguments: [pdf.path, "-"], in: folder, timeoutSeconds: 120)
        guard text.status == 0 else {
            throw AssemblyError("pdftotext cannot read the PDF made from \(pdf.deletingPathExtension().lastPathComponent).docx")
        }
        // pdftotext ends every page with a form feed.
        var pages = String(decoding: text.standardOutput, as: UTF8.self).components(separatedBy: "\u{0C}").map(Self.compact)
        pages = Array(pages.prefix(count)) + Array(repeating: "", count: max(0, count - pages.count))
        return PDFPages(pages: pages)
    }

    static func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// The page (from 1) each heading is printed on, searching forward in reading order: a chapter is
    /// the first later page that begins with its title (so the table of contents does not count),
    /// another heading the first page from the last one found that holds its text.
    func firstPages(of headings: [PDFHeading]) -> [String: Int] {
        var found: [String: Int] = [:]
        var current = 0
        for heading in headings {
            let title = Self.compact(heading.text)
            guard !title.isEmpty else { continue }
            let start = heading.startsPage ? min(current + 1, pages.count) : current
            let hit = pages.indices.dropFirst(start).first { index in
                heading.startsPage ? pages[index].hasPrefix(title) : pages[index].contains(title)
            }
            if let hit {
                found[heading.id] = hit + 1
                current = hit
            }
        }
        return found
    }
}
