import ManuscriptCore
import XHTMLRendering

/// The EPUB navigation document: a table of contents down to level-2 headings, and landmarks.
struct NavigationDocument {
    let book: EPUBBook

    func xhtml() -> String {
        var toc = "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n<h1 id=\"toc-title\">目次</h1>\n<ol>\n"
        for section in book.volume.sections {
            let file = EPUBBook.fileName(of: section)
            toc += "<li><a href=\"\(file)#\(section.id)\">\(section.displayTitle.xmlEscaped)</a>"
            let headings = TitleFacts.contentsHeadings(of: section)
            if !headings.isEmpty {
                toc += "\n<ol>\n" + headings.map { "<li><a href=\"\(file)#\($0.id)\">\($0.text.xmlEscaped)</a></li>\n" }.joined() + "</ol>\n"
            }
            toc += "</li>\n"
        }
        toc += "</ol>\n</nav>\n"
        var landmarks = "<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>ランドマーク</h2>\n<ol>\n"
        landmarks += "<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">目次</a></li>\n"
        if let first = book.volume.sections.first {
            landmarks += "<li><a epub:type=\"bodymatter\" href=\"\(EPUBBook.fileName(of: first))\">本文</a></li>\n"
        }
        landmarks += "</ol>\n</nav>"
        return book.page(title: "目次", body: toc + landmarks)
    }
}
