import ManuscriptCore
import XHTMLRendering

/// The index page's text: the title page's facts, then the table of contents of every volume of the
/// web edition (this one first), down to level-2 headings.
struct SiteContents {
    let volume: Volume
    let input: RenderInput
    let links: PageLinks

    var edition: Edition { input.document.edition }

    func html() -> String {
        var html = "<section class=\"title-page\" aria-labelledby=\"book-title\">\n"
        html += "<h1 id=\"book-title\" class=\"book-title\">\(edition.printedTitle.xmlEscaped)</h1>\n"
        html += TitleFacts.html(edition, volume: volume) + "</section>\n"
        html += "<nav class=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">目次</h2>\n"
        let volumes = input.document.volumes.filter(WebSite.publishes)
        for other in [volume] + volumes.filter({ $0.id != volume.id }) {
            html += contents(of: other)
        }
        return html + "</nav>"
    }

    /// A volume's entry: its title (a link to its index page when it is another volume) and its sections.
    private func contents(of other: Volume) -> String {
        let folder = other.id == volume.id ? "" : "../\(input.outputs.siteFolder(volume: other.id))/"
        let title = edition.printedTitle(of: other).xmlEscaped
        var html = other.id == volume.id
            ? "<h3 class=\"toc-volume\">\(title)</h3>\n"
            : "<h3 class=\"toc-volume\"><a href=\"\(folder)\(WebSite.indexPage)\">\(title)</a></h3>\n"
        html += "<ol>\n"
        for section in other.sections {
            let page = folder + links.page(of: section.id)
            html += "<li><a href=\"\(page)\">\(section.displayTitle.xmlEscaped)</a>"
            let headings = TitleFacts.contentsHeadings(of: section)
            if !headings.isEmpty {
                html += "\n<ol>\n" + headings.map { "<li><a href=\"\(page)#\($0.id)\">\($0.text.xmlEscaped)</a></li>\n" }.joined() + "</ol>\n"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n"
    }
}
