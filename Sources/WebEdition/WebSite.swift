import Foundation
import ManuscriptCore
import XHTMLRendering

/// The files of one volume's web edition: the index page, a page per section, the style sheet and images.
struct WebSite {
    let volume: Volume
    let input: RenderInput
    let decoration: PageDecoration

    var edition: Edition { input.document.edition }

    /// Volumes the web edition has: forms are for filling in on paper or in Word.
    static func publishes(_ volume: Volume) -> Bool { volume.layout != .form }

    static let indexPage = "index.html"

    func files() throws -> [WebFile] {
        var images = ImageCatalog()
        let links = pageLinks()
        let shell = WebPage(edition: edition, volume: volume, decoration: decoration)
        let sections = volume.sections
        var files = [WebFile(name: Self.indexPage, text: shell.html(
            title: edition.printedTitle(of: volume), main: SiteContents(volume: volume, input: input, links: links).html(),
            previous: nil, next: sections.first.map { (links.page(of: $0.id), $0.displayTitle) }))]
        for (index, section) in sections.enumerated() {
            let renderer = XHTMLRenderer(volume: volume, showsNotes: input.showsEditorNotes, images: images, links: links)
            let body = renderer.section(section)
            images = renderer.images
            let previous = index == 0 ? (Self.indexPage, "目次") : (links.page(of: sections[index - 1].id), sections[index - 1].displayTitle)
            let next = index + 1 < sections.count ? (links.page(of: sections[index + 1].id), sections[index + 1].displayTitle) : nil
            files.append(WebFile(name: links.page(of: section.id),
                                 text: shell.html(title: section.displayTitle, main: body, previous: previous, next: next)))
        }
        files.append(WebFile(name: "style.css", text: WebStyleSheet.css))
        for image in images.entries {
            files.append(WebFile(name: image.name, contents: try input.asset(image.source)))
        }
        return files
    }

    /// Pages named `<section>.html`; another volume's pages are in its folder beside this one.
    private func pageLinks() -> PageLinks {
        let outputs = input.outputs
        let published = Set(input.document.volumes.filter(Self.publishes).map(\.id))
        return PageLinks(pageExtension: "html", epubTypes: false, otherVolume: { target in
            guard published.contains(target.volume) else { return nil }
            return "../\(outputs.siteFolder(volume: target.volume))/\(target.section).html#\(target.anchor)"
        }, definitionTips: true, leavesOutBlankAlt: true, blockWrapper: { [decoration] block in
            let messages = decoration.findings(block)
            guard !messages.isEmpty else { return nil }
            return ("<div class=\"finding\" data-finding=\"\(messages.joined(separator: "\n").xmlEscaped)\">\n", "</div>\n")
        })
    }
}
