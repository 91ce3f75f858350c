import Foundation
import ManuscriptCore

/// Renders a section's blocks as XHTML (well-formed, so also valid HTML): the EPUB's content files
/// and the web edition's pages, which differ only in ``PageLinks``.
public final class XHTMLRenderer {
    let volume: Volume
    let showsNotes: Bool
    let links: PageLinks
    public private(set) var images: ImageCatalog
    /// Footnotes met in the current section, printed at its end.
    private var footnotes: [Footnote] = []
    /// Definition tips written in the current section, numbered for their ids.
    private var tips = 0

    public init(volume: Volume, showsNotes: Bool, images: ImageCatalog, links: PageLinks) {
        self.volume = volume
        self.showsNotes = showsNotes
        self.links = links
        self.images = images
    }

    public func section(_ section: Section) -> String {
        let type = links.epubTypes ? " epub:type=\"chapter\"" : ""
        var html = "<section id=\"\(section.id)\"\(type) aria-labelledby=\"\(section.id)-title\">\n"
        html += "<h1 id=\"\(section.id)-title\">\(section.displayTitle.xmlEscaped)</h1>\n"
        footnotes = []
        tips = 0
        append(section.blocks, to: &html)
        html += footnoteList()
        html += "</section>"
        return html
    }

    /// Written into the caller's string: a section of thousands of glossary entries is tens of
    /// megabytes, and joining the blocks' strings would copy it again.
    private func append(_ blocks: [Block], to html: inout String) {
        for block in blocks {
            let rendered = self.block(block)
            if !rendered.isEmpty, let wrapper = links.blockWrapper(block) {
                html += wrapper.open; html += rendered; html += wrapper.close
            } else {
                html += rendered
            }
        }
    }

    private func idAttribute(_ block: Block) -> String {
        block.id.map { " id=\"\($0)\"" } ?? ""
    }

    private func block(_ block: Block) -> String {
        let id = idAttribute(block)
        switch block.content {
        case .heading(let heading):
            var html = "<h\(heading.level)\(id)>"
            append(heading.text, to: &html)
            html += "</h\(heading.level)>\n"
            return html
        case .paragraph(let text):
            var html = "<p\(id)>"
            append(text, to: &html)
            html += "</p>\n"
            return html
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            var html = "<\(tag)\(id)>\n"
            for item in list.items { html += "<li>"; append(item, to: &html); html += "</li>\n" }
            html += "</\(tag)>\n"
            return html
        case .table(let table):
            return self.table(table, id: id, number: block.number)
        case .callout(let callout):
            var html = "<aside\(id) class=\"callout\" aria-label=\"\(callout.title.xmlEscaped)\">\n"
                + "<p class=\"callout-title\">\(callout.title.xmlEscaped)</p>\n"
            append(callout.blocks, to: &html)
            return html + "</aside>\n"
        case .metrics(let set):
            return metrics(set, id: id, number: block.number)
        case .figure(let figure):
            let src = images.name(for: figure.source, mediaType: figure.mediaType)
            var html = "<figure\(id)>\n<img src=\"\(src)\"\(alt(figure.alt))/>\n"
            let caption = numbered(block.number, figure.caption)
            if !caption.isEmpty { html += "<figcaption>\(caption)</figcaption>\n" }
            return html + "</figure>\n"
        case .chart(let chart):
            // The chart, then its numbers as a table for readers who cannot see it.
            var data = chart.dataTable
            data.caption = [.text((block.printedName ?? "") + "（数値データ）")]
            return ChartFigure.html(chart, block: block, caption: numbered(block.number, chart.caption),
                                    table: table(data, id: "", number: nil))
        case .editorNote(let text):
            guard showsNotes else { return "" }
            return "<aside\(id) class=\"editor-note\" aria-label=\"編集メモ\"><p><span class=\"note-label\">編集メモ</span>\(inlines(text))</p></aside>\n"
        case .custom:
            return ""  // the pipeline refuses documents where a stage left one behind
        }
    }

    private func numbered(_ number: String?, _ caption: [Inline]) -> String {
        let text = inlines(caption)
        guard let number else { return text }
        return "<span class=\"number\">\(number.xmlEscaped)</span>" + (text.isEmpty ? "" : " " + text)
    }

    private func table(_ table: Table, id: String, number: String?) -> String {
        let layout = TableLayout(table)
        var html = "<table\(id)\(Self.tableClass(layout))>\n<caption>\(numbered(number, table.caption))</caption>\n"
        html += Self.columnGroup(layout)
        if !table.header.isEmpty {
            html += "<thead>\n"
            for row in table.header {
                html += "<tr>" + row.enumerated().map { index, cell in
                    "<th scope=\"col\"\(Self.alignment(layout, index, header: true))>\(inlines(cell))</th>"
                }.joined() + "</tr>\n"
            }
            html += "</thead>\n"
        }
        html += "<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                html += index < table.rowHeaderColumns
                    ? "<th scope=\"row\">\(inlines(cell))</th>" : "<td\(Self.alignment(layout, index, header: false))>\(inlines(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// `keep` (no page break inside) for a table short enough to stay on one page.
    private static func tableClass(_ layout: TableLayout, _ other: String? = nil) -> String {
        let classes = [other, layout.keepsTogether ? "keep" : nil].compactMap { $0 }
        return classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
    }

    /// The column widths ``TableLayout`` chose, as shares of the table (the style sheet fixes the layout).
    private static func columnGroup(_ layout: TableLayout) -> String {
        "<colgroup>" + layout.columns.map { "<col style=\"width: \(NumberText.fixed($0.fraction * 100, decimals: 1))%\"/>" }.joined() + "</colgroup>\n"
    }

    private static func alignment(_ layout: TableLayout, _ index: Int, header: Bool) -> String {
        guard index < layout.columns.count else { return "" }
        let column = layout.columns[index]
        switch header ? column.headerAlignment : column.alignment {
        case .start: return ""
        case .center: return " class=\"mark\""
        case .end: return " class=\"numeric\""
        }
    }

    private func metrics(_ set: MetricSet, id: String, number: String?) -> String {
        let layout = TableLayout(set.printedTable)
        var html = "<table\(id)\(Self.tableClass(layout, "metrics"))>\n<caption>\(numbered(number, set.caption))</caption>\n"
        html += Self.columnGroup(layout)
        html += "<thead><tr><th scope=\"col\">指標</th>"
        html += "<th scope=\"col\"\(Self.alignment(layout, 1, header: true))>現状値</th><th scope=\"col\"\(Self.alignment(layout, 2, header: true))>目標値</th></tr></thead>\n<tbody>\n"
        for metric in set.metrics {
            let measures = metric.measures.map { "<br/><span class=\"measures\">\($0.xmlEscaped)</span>" } ?? ""
            html += "<tr><th scope=\"row\">\(metric.name.xmlEscaped)\(measures)</th>"
            html += "<td\(Self.alignment(layout, 1, header: false))>\(MetricText.value(metric.baseline, of: metric).xmlEscaped)</td>"
            let target = Self.alignment(layout, 2, header: false).replacing("class=\"", with: "class=\"target ")
            html += "<td\(target.isEmpty ? " class=\"target\"" : target)>\(MetricText.value(metric.target, of: metric).xmlEscaped)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The section's footnotes, each linking back to where it was referenced.
    private func footnoteList() -> String {
        guard !footnotes.isEmpty else { return "" }
        var html = ""
        for (index, footnote) in footnotes.enumerated() {
            let type = links.epubTypes ? " epub:type=\"footnote\"" : ""
            html += "<aside class=\"footnote\"\(type) role=\"doc-footnote\" id=\"\(footnote.id)\">"
            html += "<p><a href=\"#ref-\(footnote.id)\">※\(index + 1)</a> \(inlines(footnote.note))</p></aside>\n"
        }
        return html
    }

    public func inlines(_ inlines: [Inline]) -> String {
        var html = ""
        append(inlines, to: &html)
        return html
    }

    /// Inline text written at the end of `html`, nested runs into the same string.
    private func append(_ inlines: [Inline], to html: inout String) {
        for inline in inlines { append(inline, to: &html) }
    }

    private func append(_ inline: Inline, to html: inout String) {
        switch inline {
        case .text(let text): html += text.xmlEscaped
        case .strong(let content): html += "<strong>"; append(content, to: &html); html += "</strong>"
        case .changed(let content): html += "<ins>"; append(content, to: &html); html += "</ins>"
        case .link(let url, let content): html += "<a href=\"\(url.xmlEscaped)\">"; append(content, to: &html); html += "</a>"
        case .lineBreak: html += "<br/>"
        case .anchor: break
        case .image(let image):
            let src = images.name(for: image.source, mediaType: image.mediaType)
            let size = "width: \(NumberText.fixed(image.widthMillimetres, decimals: 1))mm; height: \(NumberText.fixed(image.heightMillimetres, decimals: 1))mm;"
            html += "<img class=\"inline-image\" src=\"\(src)\"\(alt(image.alt)) style=\"\(size)\"/>"
        case .term(let mark): html += mark.text.xmlEscaped
        case .footnote(let footnote):
            if links.definitionTips, let entry = footnote.entry, let address = address(of: entry) {
                html += term(inlines(footnote.marked), address: address, definition: footnote.note)
                return
            }
            footnotes.append(footnote)
            let number = footnotes.count
            let type = links.epubTypes ? " epub:type=\"noteref\"" : ""
            append(footnote.marked, to: &html)
            html += "<a class=\"noteref\"\(type) role=\"doc-noteref\" id=\"ref-\(footnote.id)\" href=\"#\(footnote.id)\">※\(number)</a>"
        case .reference(let reference):
            let text = reference.displayText.xmlEscaped
            guard let target = reference.resolved, let address = address(of: target) else {
                html += "<span class=\"xref\">\(text)</span>"
                return
            }
            if links.definitionTips, let definition = reference.definition {
                html += term(text, address: address, definition: definition)
                return
            }
            html += "<a class=\"xref\" href=\"\(address.xmlEscaped)\">\(text)</a>"
        }
    }

    private func alt(_ text: String) -> String {
        links.leavesOutBlankAlt && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "" : " alt=\"\(text.xmlEscaped)\""
    }

    /// Where a link to `target` goes: its page in this volume, or wherever ``PageLinks`` puts the other volume.
    private func address(of target: ResolvedTarget) -> String? {
        target.volume == volume.id ? "\(links.page(of: target.section))#\(target.anchor)" : links.otherVolume(target)
    }

    /// A glossary term: a link to its entry, followed by its definition, which the style sheet shows
    /// while the link is hovered or focused and screen readers announce as the link's description.
    private func term(_ text: String, address: String, definition: [Inline]) -> String {
        tips += 1
        let id = "tip-\(tips)"
        return "<span class=\"term\"><a class=\"xref glossary-link\" href=\"\(address.xmlEscaped)\" aria-describedby=\"\(id)\">\(text)</a>"
            + "<span class=\"definition\" role=\"tooltip\" id=\"\(id)\">\(inlines(definition))</span></span>"
    }
}
