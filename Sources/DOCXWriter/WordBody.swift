import ManuscriptCore

/// Builds `word/document.xml` for one volume, collecting the hyperlinks, images and list instances
/// the package parts must declare.
struct WordBody {
    /// Text width of A4 with the page margins in ``WordPackage``, in EMU (English Metric Units).
    static let textWidthEMU = 5_760_720

    let volume: Volume
    let input: RenderInput
    private(set) var hyperlinks: [(id: String, url: String)] = []
    private(set) var images: [WordImage] = []
    private(set) var charts: [WordChart] = []
    private(set) var numbering = WordNumbering()
    /// Footnotes in order; Word numbers them from 1 (0 and -1 are the separators).
    private(set) var footnotes: [[Inline]] = []
    /// Bookmark numbers by element id; the bookmark is named `_Ref<number>`.
    private var bookmarks: [String: Int] = [:]
    /// The other volumes' bookmark numbers, computed when a reference first points into one.
    private var otherBookmarks: [String: [String: Int]] = [:]
    private var drawingCount = 0
    /// The printed page of each heading (by id) for the table of contents, read from the PDF.
    var pageNumbers: [String: Int] = [:]
    /// The format of the other volumes' files that cross-volume references link to.
    var linkedFormat = OutputSettings.Format.docx
    /// The width tables may take, in twips: the text width, less a callout's margins inside one.
    private var availableWidth = WordBody.textWidthTwips
    static let textWidthTwips = 9070
    /// The same on A4 landscape: 297 mm less the two 25 mm side margins.
    static let landscapeTextWidthTwips = 14002
    /// A callout box's left and right cell margins and borders, in twips.
    static let calloutInset = 400

    init(volume: Volume, input: RenderInput) {
        self.volume = volume
        self.input = input
        bookmarks = Self.bookmarkNumbers(of: volume)
        if volume.orientation == .landscape { availableWidth = Self.landscapeTextWidthTwips }
    }

    /// Bookmark numbers by element id, as the writer of `volume` gives them: references from another
    /// volume's document link to the same names. Bookmark names are limited to 40 characters, so
    /// anchors get short numbered names.
    static func bookmarkNumbers(of volume: Volume) -> [String: Int] {
        var bookmarks: [String: Int] = [:]
        bookmarks.reserveCapacity(volume.sections.reduce(0) { $0 + 1 + $1.blocks.count })
        var index = 0
        for section in volume.sections {
            index += 1
            bookmarks[section.id] = index
            func collect(_ blocks: [Block]) {
                for block in blocks {
                    if let id = block.id { index += 1; bookmarks[id] = index }
                    if case .callout(let callout) = block.content { collect(callout.blocks) }
                }
            }
            collect(section.blocks)
        }
        return bookmarks
    }

    /// The document part, written into one string: a glossary of thousands of terms makes it tens of
    /// megabytes, and each copy of the whole would cost as much again.
    mutating func document() -> String {
        var xml = WordXML.declaration + "<w:document \(WordXML.namespaces)><w:body>"
        switch volume.layout ?? .book {
        case .book: xml += titlePage(); xml += tableOfContents()
        case .booklet: xml += titlePage()
        case .form: break
        }
        for (index, section) in volume.sections.enumerated() {
            // A booklet's chapters after the first run on, a little apart.
            let runsOn = volume.layout == .booklet && index > 0
            let properties = runsOn ? "<w:pageBreakBefore w:val=\"0\"/><w:spacing w:before=\"480\"/>" : ""
            xml += WordXML.paragraph(style: "Heading1", Self.titleRuns(section.displayTitle, points: 16), extra: properties, marks: bookmark(section.id))
            append(section.blocks, to: &xml)
        }
        xml += WordPackage.sectionProperties(hasTitlePage: volume.layout != .form,
                                             landscape: volume.orientation == .landscape)
        xml += "</w:body></w:document>"
        return xml
    }

    /// A title in type of `points`, broken at phrase boundaries where it is wider than the text
    /// column (TableLayout.pageWidth ems of 10 pt), less an em for the heading's rule and rounding.
    static func titleRuns(_ title: String, points: Double) -> String {
        TitleLines.split(title, capacity: TableLayout.pageWidth * 10 / points - 1).map { WordXML.run($0) }.joined(separator: "<w:r><w:br/></w:r>")
    }

    private func titlePage() -> String {
        let edition = input.document.edition
        var xml = ""
        xml += WordXML.paragraph(style: "Title", Self.titleRuns(edition.printedTitle, points: 26))
        if let subtitle = edition.subtitle { xml += WordXML.paragraph(style: "Subtitle", Self.titleRuns(subtitle, points: 16)) }
        if volume.title != edition.title { xml += WordXML.paragraph(style: "Subtitle", Self.titleRuns(volume.title, points: 16)) }
        for line in [edition.label, edition.publisher, edition.printedDate(edition.date)] {
            xml += WordXML.paragraph(style: "TitleInfo", WordXML.run(line))
        }
        return xml
    }

    /// A TOC field with the entries already filled in, so the document reads well before Word
    /// updates the field: with the pages the PDF printed them on, when a PDF was made. The field lists
    /// the heading styles (`\\t`) rather than outline levels, which the title page's title also has.
    private func tableOfContents() -> String {
        var entries: [(level: Int, text: String, anchor: String)] = []
        for section in volume.sections {
            entries.append((1, section.displayTitle, section.id))
            for block in section.blocks {
                if case .heading(let heading) = block.content, let id = block.id {
                    entries.append((heading.level, heading.text.plainText, id))
                }
            }
        }
        var xml = WordXML.paragraph(style: "TOCHeading", WordXML.run("目次"), extra: "<w:pageBreakBefore/>")
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\h \\z \\t \"Heading 1,1,Heading 2,2,Heading 3,3\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        for (index, entry) in entries.enumerated() {
            let bookmark = bookmarks[entry.anchor].map(Self.bookmarkName) ?? ""
            let page = pageNumbers[entry.anchor].map { page in
                "<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(bookmark) \\h </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(WordXML.run(String(page)))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            } ?? ""
            let link = "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">\(WordXML.run(entry.text))\(page)</w:hyperlink>"
            let content = (index == 0 ? begin : "") + link + (index == entries.count - 1 ? end : "")
            xml += WordXML.paragraph(style: "TOC\(entry.level)", content)
        }
        return xml
    }

    static func bookmarkName(_ number: Int) -> String { "_Ref\(number)" }

    /// `other.docx#_Ref12`: the other volume's file, at the bookmark its writer gives the target.
    private mutating func otherVolumeAddress(_ target: ResolvedTarget) -> String {
        let file = input.outputs.fileName(volume: target.volume, format: linkedFormat)
        if otherBookmarks[target.volume] == nil, let other = input.document.volumes.first(where: { $0.id == target.volume }) {
            otherBookmarks[target.volume] = Self.bookmarkNumbers(of: other)
        }
        guard let number = otherBookmarks[target.volume]?[target.anchor] else { return file }
        return "\(file)#\(Self.bookmarkName(number))"
    }

    /// The bookmark of element `id`, for the start of its paragraph, where it has one.
    private func bookmark(_ id: String?) -> String {
        guard let id, let number = bookmarks[id] else { return "" }
        return "<w:bookmarkStart w:id=\"\(number)\" w:name=\"\(Self.bookmarkName(number))\"/><w:bookmarkEnd w:id=\"\(number)\"/>"
    }

    private mutating func append(_ blocks: [Block], to xml: inout String) {
        for block in blocks { append(block, to: &xml) }
    }

    /// A block written at the end of `xml`: headings, paragraphs and list items, most of any volume,
    /// straight into it, the rest as strings of their own.
    private mutating func append(_ block: Block, to xml: inout String) {
        switch block.content {
        case .heading(let heading):
            WordXML.openParagraph(style: "Heading\(heading.level)", marks: bookmark(block.id), to: &xml)
            appendRuns(heading.text, to: &xml)
            xml += "</w:p>"
        case .paragraph(let text):
            WordXML.openParagraph(style: "BodyText", extra: Self.alignment(of: text), marks: bookmark(block.id), to: &xml)
            appendRuns(text, to: &xml)
            xml += "</w:p>"
        case .list(let list):
            let numID = list.ordered ? numbering.newOrderedList() : WordNumbering.bulletListID
            for item in list.items {
                WordXML.openParagraph(style: "ListParagraph", extra: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numID)\"/></w:numPr>" + Self.alignment(of: item),
                                      to: &xml)
                appendRuns(item, to: &xml)
                xml += "</w:p>"
            }
        case .table(let table):
            xml += caption(block, table.caption) + self.table(header: table.header, rows: table.rows, rowHeaders: table.rowHeaderColumns,
                                                               shares: table.columnShares, summary: table.caption.plainText)
        case .metrics(let set):
            let table = set.printedTable
            xml += caption(block, set.caption) + self.table(header: table.header, rows: table.rows, rowHeaders: 1, summary: set.caption.plainText)
        case .callout(let callout):
            availableWidth -= Self.calloutInset
            var inner = WordXML.paragraph(style: "CalloutTitle", WordXML.run(callout.title))
            append(callout.blocks, to: &inner)
            availableWidth += Self.calloutInset
            xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"CalloutBox\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                + "<w:tblCaption w:val=\"\(callout.title.xmlEscaped)\"/><w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
                // A box split across pages leaves its title behind; one taller than a page still breaks.
                + "<w:tblGrid><w:gridCol w:w=\"\(availableWidth)\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"5000\" w:type=\"pct\"/></w:tcPr>\(inner)</w:tc></w:tr></w:tbl>"
                + WordXML.paragraph(style: "BodyText", "", extra: "<w:spacing w:after=\"0\"/>")
        // Runs are rendered before a paragraph string is assembled: passing a mutating call's result
        // to a method of `self` makes Swift copy `self`, and every footnote append then copies the array.
        case .figure(let figure):
            let picture = drawing(figure)
            let caption = runs(figure.caption)
            xml += WordXML.paragraph(style: "FigureImage", picture, marks: bookmark(block.id))
                + WordXML.paragraph(style: "Caption", numberRun(block.number) + caption)
        case .chart(let chart):
            drawingCount += 1
            let part = WordChart(chart: chart, number: charts.count + 1)
            charts.append(part)
            xml += WordXML.paragraph(style: "Figure", part.drawing(id: drawingCount, name: block.printedName ?? ""), marks: bookmark(block.id))
                + WordXML.paragraph(style: "Caption", numberRun(block.number) + runs(chart.caption))
        case .editorNote(let text):
            guard input.showsEditorNotes else { return }
            xml += WordXML.paragraph(style: "EditorNote", WordXML.run("編集メモ　", properties: "<w:b/>") + runs(text))
        case .custom:
            break  // the pipeline refuses documents where a stage left one behind
        }
    }

    /// Justified text stretches a line that ends in a hard break across the width (「第 ２ 期 …」, in
    /// Word and LibreOffice alike), so a paragraph holding one is set flush left.
    static func alignment(of text: [Inline]) -> String {
        text.contains(.lineBreak) ? "<w:jc w:val=\"left\"/>" : ""
    }

    private func numberRun(_ number: String?) -> String {
        number.map { WordXML.run($0 + " ", properties: "<w:b/>") } ?? ""
    }

    /// Table captions go above the table, as Japanese public documents place them.
    private mutating func caption(_ block: Block, _ caption: [Inline]) -> String {
        let content = runs(caption)
        return WordXML.paragraph(style: "Caption", numberRun(block.number) + content, extra: "<w:keepNext/>", marks: bookmark(block.id))
    }

    /// A table laid out by ``TableLayout``: fixed column widths from the content, numbers to the
    /// right and marks centred, rows that never split, and a short table kept on one page with its
    /// caption (every row but the last keeps with the next).
    private mutating func table(header: [[[Inline]]], rows: [[[Inline]]], rowHeaders: Int, shares: [Double]? = nil, summary: String) -> String {
        let layout = TableLayout(header: header, rows: rows, rowHeaderColumns: rowHeaders,
                                 width: Double(availableWidth) / Double(Self.twipsPerEm), shares: shares)
        let widths = Self.twips(layout, across: availableWidth)
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"PlanTable\"/><w:tblW w:w=\"\(availableWidth)\" w:type=\"dxa\"/>"
        xml += "<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/>"
        // The hex value repeats the flags (first row 0x20, first column 0x80, no bands 0x600); some
        // readers go by it alone.
        let firstRow = !header.isEmpty, firstColumn = rowHeaders > 0
        let flags = 0x0600 | (firstRow ? 0x0020 : 0) | (firstColumn ? 0x0080 : 0)
        let look = NumberText.hex([UInt8(flags >> 8), UInt8(flags & 0xFF)], uppercase: true)
        xml += "<w:tblLook w:val=\"\(look)\" w:firstRow=\"\(firstRow ? 1 : 0)\" w:lastRow=\"0\" w:firstColumn=\"\(firstColumn ? 1 : 0)\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        xml += "<w:tblCaption w:val=\"\(summary.xmlEscaped)\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        let all = header.map { ($0, true) } + rows.map { ($0, false) }
        for (index, (row, isHeader)) in all.enumerated() {
            let keepNext = layout.keepsTogether && index < all.count - 1
            // tblHeader repeats the row on every page and marks it as a header for screen readers.
            xml += "<w:tr><w:trPr>\(isHeader ? "<w:tblHeader/>" : "")<w:cantSplit/></w:trPr>"
                + cells(row, layout: layout, widths: widths, isHeader: isHeader, rowHeaders: rowHeaders, keepNext: keepNext) + "</w:tr>"
        }
        return xml + "</w:tbl>" + WordXML.paragraph(style: "BodyText", "", extra: "<w:spacing w:after=\"0\"/>")
    }

    private mutating func cells(_ row: [[Inline]], layout: TableLayout, widths: [Int], isHeader: Bool, rowHeaders: Int, keepNext: Bool) -> String {
        var xml = ""
        for index in widths.indices {
            let content = index < row.count ? runs(row[index]) : ""
            let style = isHeader || index < rowHeaders ? "TableHeading" : "TableText"
            let column = layout.columns[index]
            let alignment = Self.justification[isHeader ? column.headerAlignment : column.alignment]!
            let properties = (keepNext ? "<w:keepNext/>" : "") + "<w:jc w:val=\"\(alignment)\"/>"
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[index])\" w:type=\"dxa\"/></w:tcPr>\(WordXML.paragraph(style: style, content, extra: properties))</w:tc>"
        }
        return xml
    }

    /// Table text is 10 pt: an em is 200 twips.
    static let twipsPerEm = 200
    static let justification: [TableLayout.Alignment: String] = [.start: "left", .center: "center", .end: "right"]

    /// The layout's column shares in whole twips that add up to `width`.
    static func twips(_ layout: TableLayout, across width: Int) -> [Int] {
        var widths = layout.columns.map { Int((Double(width) * $0.fraction).rounded(.down)) }
        if !widths.isEmpty { widths[widths.count - 1] += width - widths.reduce(0, +) }
        return widths
    }

    private mutating func drawing(_ figure: ManuscriptCore.Figure) -> String {
        // 96 dpi pixels to EMU, scaled down to the text width.
        var cx = figure.pixelWidth * 9525, cy = figure.pixelHeight * 9525
        if cx > Self.textWidthEMU {
            cy = Int(Double(cy) * Double(Self.textWidthEMU) / Double(cx))
            cx = Self.textWidthEMU
        }
        return drawing(source: figure.source, mediaType: figure.mediaType, alt: figure.alt, cx: cx, cy: cy)
    }

    /// An image in a line of text, at its printed size (36,000 EMU to the millimetre).
    private mutating func drawing(_ image: InlineImage) -> String {
        drawing(source: image.source, mediaType: image.mediaType, alt: image.alt,
                cx: Int((image.widthMillimetres * 36000).rounded()), cy: Int((image.heightMillimetres * 36000).rounded()))
    }

    private mutating func drawing(source: String, mediaType: String, alt: String, cx: Int, cy: Int) -> String {
        let image: WordImage
        if let existing = images.first(where: { $0.source == source }) {
            image = existing
        } else {
            let ext = mediaType == "image/png" ? "png" : "jpeg"
            image = WordImage(source: source, relationshipID: "rIdImage\(images.count + 1)",
                              fileName: "image\(images.count + 1).\(ext)", contentType: mediaType)
            images.append(image)
        }
        drawingCount += 1
        let alt = alt.xmlEscaped
        return """
            <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
            <wp:docPr id="\(drawingCount)" name="図 \(drawingCount)" descr="\(alt)"/>\
            <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
            <pic:pic><pic:nvPicPr><pic:cNvPr id="\(drawingCount)" name="\(image.fileName)" descr="\(alt)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="\(image.relationshipID)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
            """
    }

    private mutating func runs(_ inlines: [Inline], properties: String = "") -> String {
        var xml = ""
        appendRuns(inlines, properties: properties, to: &xml)
        return xml
    }

    private mutating func appendRuns(_ inlines: [Inline], properties: String = "", to xml: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text) where volume.layout == .form && text.contains(WordXML.checkbox):
                // A form's empty box is one to tick on screen: a checkbox content control.
                for (index, piece) in text.split(separator: WordXML.checkbox, omittingEmptySubsequences: false).enumerated() {
                    if index > 0 { xml += WordXML.checkboxControl }
                    if !piece.isEmpty { WordXML.appendRun(String(piece), properties: properties, to: &xml) }
                }
            case .text(let text):
                WordXML.appendRun(text, properties: properties, to: &xml)
            case .strong(let content):
                appendRuns(content, properties: properties + "<w:b/>", to: &xml)
            case .changed(let content):
                appendRuns(content, properties: properties + "<w:u w:val=\"single\"/>", to: &xml)
            case .lineBreak:
                xml += "<w:r><w:br/></w:r>"
            case .image(let image):
                xml += drawing(image)
            case .anchor:
                break
            case .term(let mark):
                WordXML.appendRun(mark.text, properties: properties, to: &xml)
            case .footnote(let footnote):
                appendRuns(footnote.marked, properties: properties, to: &xml)
                footnotes.append(footnote.note)
                xml += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(footnotes.count)\"/></w:r>"
            case .link(let url, let content):
                let id = "rIdLink\(hyperlinks.count + 1)"
                hyperlinks.append((id, url))
                xml += "<w:hyperlink r:id=\"\(id)\" w:history=\"1\">"
                appendRuns(content, properties: "<w:rStyle w:val=\"Hyperlink\"/>" + properties, to: &xml)
                xml += "</w:hyperlink>"
            case .reference(let reference):
                let text = runs([.text(reference.displayText)], properties: "<w:rStyle w:val=\"Hyperlink\"/>" + properties)
                if let target = reference.resolved, target.volume == volume.id, let number = bookmarks[target.anchor] {
                    xml += "<w:hyperlink w:anchor=\"\(Self.bookmarkName(number))\" w:history=\"1\">\(text)</w:hyperlink>"
                } else if let target = reference.resolved, target.volume != volume.id {
                    // The item in the other volume's document, beside this one (as the release
                    // package places them).
                    let id = "rIdLink\(hyperlinks.count + 1)"
                    hyperlinks.append((id, otherVolumeAddress(target)))
                    xml += "<w:hyperlink r:id=\"\(id)\" w:history=\"1\">\(text)</w:hyperlink>"
                } else {
                    appendRuns([.text(reference.displayText)], properties: properties, to: &xml)
                }
            }
        }
    }
}
