import Foundation
import ManuscriptCore
import XHTMLRendering

/// The files of one volume's EPUB, built from the document.
struct EPUBBook {
    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """

    let volume: Volume
    let input: RenderInput

    var edition: Edition { input.document.edition }
    var language: String { edition.language.xmlEscaped }

    /// Content files in reading order, then the stylesheet and images.
    func files() throws -> [EPUBFile] {
        var images = ImageCatalog()
        var content: [EPUBFile] = [
            EPUBFile(name: "title.xhtml", mediaType: "application/xhtml+xml", text: titlePage()),
            EPUBFile(name: "nav.xhtml", mediaType: "application/xhtml+xml", text: NavigationDocument(book: self).xhtml(), properties: "nav"),
        ]
        let outputs = input.outputs
        // The other volume is a separate book: link to where it is published, if known, its fragment
        // naming the content file and id (`survey.xhtml#table-2`), the '#' escaped as a URI fragment requires.
        let links = PageLinks(pageExtension: "xhtml", epubTypes: true) { target in
            outputs.baseURL.map { $0 + outputs.fileName(volume: target.volume, format: .epub) + "#\(target.section).xhtml%23\(target.anchor)" }
        }
        for section in volume.sections {
            let renderer = XHTMLRenderer(volume: volume, showsNotes: input.showsEditorNotes, images: images, links: links)
            let body = renderer.section(section)
            images = renderer.images
            content.append(EPUBFile(name: Self.fileName(of: section), mediaType: "application/xhtml+xml",
                                    text: page(title: section.displayTitle, body: body),
                                    properties: ChartFigure.containsSVG(body) ? "svg" : nil))
        }
        content.append(EPUBFile(name: "style.css", mediaType: "text/css", text: StyleSheet.css))
        for image in images.entries {
            content.append(EPUBFile(name: image.name, mediaType: image.mediaType, contents: try input.asset(image.source)))
        }
        let package = PackageDocument(book: self, files: content, hasImages: !images.entries.isEmpty || content.contains { $0.properties == "svg" })
        return [EPUBFile(name: "package.opf", mediaType: "application/oebps-package+xml", text: package.xml())] + content
    }

    static func fileName(of section: Section) -> String { "\(section.id).xhtml" }

    /// A content document around `body`, copied once into a page of its final size: a long
    /// glossary's body is megabytes.
    func page(title: String, body: String) -> String {
        let head = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="\(language)" lang="\(language)">
            <head>
            <meta charset="UTF-8"/>
            <title>\(title.xmlEscaped)</title>
            <link rel="stylesheet" type="text/css" href="style.css"/>
            </head>
            <body>

            """
        let foot = "\n</body>\n</html>\n"
        var page = ""
        page.reserveCapacity(head.utf8.count + body.utf8.count + foot.utf8.count)
        page += head
        page += body
        page += foot
        return page
    }

    private func titlePage() -> String {
        var body = "<section class=\"title-page\" epub:type=\"titlepage\" aria-label=\"扉\">\n"
        body += "<h1 class=\"book-title\">\(edition.printedTitle.xmlEscaped)</h1>\n"
        body += TitleFacts.html(edition, volume: volume)
        body += "</section>"
        return page(title: edition.printedTitle(of: volume), body: body)
    }
}
