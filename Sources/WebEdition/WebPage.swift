import ManuscriptCore

/// The page around a section or the contents: a skip link, the plan's title (with （案） for a
/// proposal), previous/next links above and below the text, and the publisher. HTML5 written as
/// well-formed XHTML, in the edition's language.
struct WebPage {
    let edition: Edition
    let volume: Volume
    let decoration: PageDecoration

    /// WCAG 1.4.13: a definition shown on hover or focus can be dismissed with Esc without moving
    /// the pointer or focus; it shows again when focus or the pointer reaches a term anew. Reading
    /// needs no script: this only hides. Written without & or <, so the page stays well-formed XML.
    static let dismissTips = """
        document.addEventListener("keydown", function (event) { if (event.key === "Escape") { document.documentElement.classList.add("tips-dismissed"); } });
        document.addEventListener("focusin", function () { document.documentElement.classList.remove("tips-dismissed"); });
        document.addEventListener("mouseover", function (event) { var term = event.target.closest ? event.target.closest(".term") : null; \
        if (term) { if (!(event.relatedTarget) || !term.contains(event.relatedTarget)) { document.documentElement.classList.remove("tips-dismissed"); } } });
        """

    /// `previous` and `next` are (file, title) of the neighbouring pages.
    func html(title: String, main: String, previous: (String, String)?, next: (String, String)?) -> String {
        let language = edition.language.xmlEscaped
        let siteTitle = edition.printedTitle(of: volume)
        let pageTitle = title == siteTitle ? siteTitle : "\(title) | \(siteTitle)"
        return """
            <!DOCTYPE html>
            <html lang="\(language)" xml:lang="\(language)" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="UTF-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(pageTitle.xmlEscaped)</title>
            <link rel="stylesheet" href="style.css"/>
            <script>\(Self.dismissTips)</script>
            \(decoration.head)</head>
            <body>
            \(decoration.bodyStart)<a class="skip-link" href="#main">本文へ移動</a>
            <header class="site-header">
            <p class="site-title"><a href="index.html">\(siteTitle.xmlEscaped)</a></p>
            <p class="site-edition">\(edition.label.xmlEscaped)</p>
            </header>
            \(pager(previous: previous, next: next, label: "前後のページ"))<main id="main">
            \(main)
            </main>
            \(pager(previous: previous, next: next, label: "前後のページ（末尾）"))<footer class="site-footer">
            <p>\(edition.publisher.xmlEscaped)　<time datetime="\(edition.date.xmlEscaped)">\(edition.printedDate(edition.date).xmlEscaped)</time></p>
            </footer>
            \(decoration.bodyEnd)</body>
            </html>

            """
    }

    private func pager(previous: (String, String)?, next: (String, String)?, label: String) -> String {
        var html = "<nav class=\"pager\" aria-label=\"\(label)\">\n<ul>\n"
        if let (file, title) = previous {
            html += "<li class=\"previous\"><a href=\"\(file)\" rel=\"prev\"><span class=\"pager-label\">前へ</span> \(title.xmlEscaped)</a></li>\n"
        }
        // Not on the index itself, nor where 「前へ」 leads there already.
        if let (file, _) = previous, file != WebSite.indexPage {
            html += "<li class=\"contents\"><a href=\"\(WebSite.indexPage)\">目次</a></li>\n"
        }
        if let (file, title) = next {
            html += "<li class=\"next\"><a href=\"\(file)\" rel=\"next\"><span class=\"pager-label\">次へ</span> \(title.xmlEscaped)</a></li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }
}
