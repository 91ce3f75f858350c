import ManuscriptCore

/// What a title page says under the title, and the headings a table of contents lists: shared by
/// the EPUB's title page and navigation document and the web edition's index page.
public enum TitleFacts {
    /// The subtitle, the volume's own title (when it differs from the plan's), the edition's label,
    /// the publisher and the date, one paragraph each.
    public static func html(_ edition: Edition, volume: Volume) -> String {
        var html = ""
        if let subtitle = edition.subtitle { html += "<p class=\"subtitle\">\(subtitle.xmlEscaped)</p>\n" }
        if volume.title != edition.title { html += "<p class=\"volume-title\">\(volume.title.xmlEscaped)</p>\n" }
        html += "<p class=\"edition\">\(edition.label.xmlEscaped)</p>\n"
        html += "<p class=\"publisher\">\(edition.publisher.xmlEscaped)</p>\n"
        return html + "<p class=\"date\"><time datetime=\"\(edition.date.xmlEscaped)\">\(edition.printedDate(edition.date).xmlEscaped)</time></p>\n"
    }

    /// A section's level-2 headings that have ids, as the tables of contents list them under it.
    public static func contentsHeadings(of section: Section) -> [(id: String, text: String)] {
        section.blocks.compactMap { block in
            guard case .heading(let heading) = block.content, heading.level == 2, let id = block.id else { return nil }
            return (id, heading.text.plainText)
        }
    }
}
