/// `word/styles.xml` and `word/fontTable.xml`: Japanese fonts in every rFonts slot, ja-JP language,
/// built-in heading styles (so the navigation pane and TOC work), and the table styles.
enum WordStyles {
    /// UD (universal design) fonts: body text in 明朝, headings and tables in ゴシック. The names are the
    /// families of Debian's fonts-morisawa-bizud-* (so LibreOffice embeds them in the PDF); Windows
    /// ships the 明朝 as "BIZ UD明朝 Medium", which the font table gives Word as its alternative name.
    static let bodyFont = "BIZ UD明朝"
    static let bodyFontOnWindows = "BIZ UD明朝 Medium"
    static let headingFont = "BIZ UDゴシック"

    static func fonts(_ name: String) -> String {
        "<w:rFonts w:ascii=\"\(name)\" w:hAnsi=\"\(name)\" w:eastAsia=\"\(name)\" w:cs=\"\(name)\" w:hint=\"eastAsia\"/>"
    }

    static let fontTable = WordXML.declaration + """
        <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:font w:name="\(bodyFont)"><w:altName w:val="\(bodyFontOnWindows)"/><w:charset w:val="80"/><w:family w:val="roman"/><w:pitch w:val="fixed"/></w:font>\
        <w:font w:name="\(headingFont)"><w:charset w:val="80"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\
        </w:fonts>
        """

    private static func paragraphStyle(_ id: String, name: String, basedOn: String? = "Normal", next: String? = nil,
                                       pPr: String = "", rPr: String = "", extra: String = "") -> String {
        let based = basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? ""
        let nextStyle = next.map { "<w:next w:val=\"\($0)\"/>" } ?? ""
        return "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>\(based)\(nextStyle)\(extra)<w:qFormat/>"
            + "<w:pPr>\(pPr)</w:pPr><w:rPr>\(rPr)</w:rPr></w:style>"
    }

    private static let tableBorders = """
        <w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:left w:val="single" w:sz="4" w:space="0" w:color="555555"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:right w:val="single" w:sz="4" w:space="0" w:color="555555"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="555555"/></w:tblBorders>
        """

    static func xml(language: String) -> String {
        let heading = fonts(headingFont)
        var styles = """
            <w:docDefaults><w:rPrDefault><w:rPr>\(fonts(bodyFont))<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="21"/>\
            <w:lang w:val="\(language)" w:eastAsia="\(language)" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:kinsoku/><w:snapToGrid w:val="0"/><w:spacing w:after="0" w:line="320" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
            """
        styles += paragraphStyle("Normal", name: "Normal", basedOn: nil, extra: "")
            .replacing("<w:style w:type=\"paragraph\"", with: "<w:style w:type=\"paragraph\" w:default=\"1\"")
        styles += paragraphStyle("BodyText", name: "Body Text", pPr: "<w:spacing w:after=\"120\"/><w:ind w:firstLineChars=\"100\" w:firstLine=\"210\"/>")
        // An outline level makes the title a heading (H1) for screen readers of the tagged PDF; the
        // table of contents lists heading styles only (see WordBody), so it stays out of the contents.
        styles += paragraphStyle("Title", name: "Title", next: "Normal",
                                 pPr: "<w:outlineLvl w:val=\"0\"/><w:spacing w:before=\"2400\" w:after=\"480\"/><w:jc w:val=\"center\"/>",
                                 rPr: heading + "<w:b/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>")
        styles += paragraphStyle("Subtitle", name: "Subtitle", pPr: "<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>",
                                 rPr: heading + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>")
        styles += paragraphStyle("TitleInfo", name: "Title Info", pPr: "<w:spacing w:before=\"240\"/><w:jc w:val=\"center\"/>",
                                 rPr: "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
        let headingSizes = [1: 32, 2: 26, 3: 22]
        for level in 1...3 {
            let size = headingSizes[level]!
            // Flush left, not justified as body text is: a heading broken at a phrase boundary
            // (TitleLines) ends its first line with a hard break, and a justified line that ends so
            // is stretched across the width, character by character.
            var pPr = "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 0 : 360)\" w:after=\"160\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"\(level - 1)\"/>"
            if level == 1 {
                pPr = "<w:pageBreakBefore/>" + pPr
                    + "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"1A4F8B\"/></w:pBdr>"
            }
            if level == 2 {
                pPr += "<w:pBdr><w:left w:val=\"single\" w:sz=\"36\" w:space=\"4\" w:color=\"1A4F8B\"/></w:pBdr>"
            }
            styles += paragraphStyle("Heading\(level)", name: "heading \(level)", next: "BodyText", pPr: pPr,
                                     rPr: heading + "<w:b/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>",
                                     extra: "<w:uiPriority w:val=\"9\"/>")
        }
        styles += paragraphStyle("TOCHeading", name: "TOC Heading", pPr: "<w:spacing w:after=\"240\"/>",
                                 rPr: heading + "<w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>")
        for level in 1...3 {
            styles += paragraphStyle("TOC\(level)", name: "toc \(level)",
                                     pPr: "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(WordBody.textWidthTwips)\"/></w:tabs>"
                                        + "<w:spacing w:after=\"60\"/><w:ind w:left=\"\((level - 1) * 420)\"/>",
                                     extra: "<w:uiPriority w:val=\"39\"/>")
        }
        styles += paragraphStyle("Caption", name: "caption", pPr: "<w:spacing w:before=\"120\" w:after=\"60\"/>",
                                 rPr: heading + "<w:b/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
        // Not "Figure": LibreOffice's tagged PDF would role-map that name, and with it the image's own
        // Figure element, to P.
        styles += paragraphStyle("FigureImage", name: "Figure Image", pPr: "<w:keepNext/><w:jc w:val=\"center\"/>")
        styles += paragraphStyle("ListParagraph", name: "List Paragraph", pPr: "<w:spacing w:after=\"60\"/><w:ind w:left=\"420\"/>")
        styles += paragraphStyle("TableHeading", name: "Table Heading", pPr: "<w:jc w:val=\"left\"/>", rPr: heading + "<w:b/><w:sz w:val=\"20\"/>")
        styles += paragraphStyle("TableText", name: "Table Text", pPr: "<w:jc w:val=\"left\"/>", rPr: heading + "<w:sz w:val=\"20\"/>")
        styles += paragraphStyle("CalloutTitle", name: "Callout Title", pPr: "<w:spacing w:after=\"120\"/>",
                                 rPr: heading + "<w:b/><w:color w:val=\"1A4F8B\"/>")
        styles += paragraphStyle("EditorNote", name: "Editor Note",
                                 pPr: "<w:pBdr><w:top w:val=\"dashed\" w:sz=\"6\" w:space=\"4\" w:color=\"B35C00\"/><w:left w:val=\"dashed\" w:sz=\"6\" w:space=\"4\" w:color=\"B35C00\"/><w:bottom w:val=\"dashed\" w:sz=\"6\" w:space=\"4\" w:color=\"B35C00\"/><w:right w:val=\"dashed\" w:sz=\"6\" w:space=\"4\" w:color=\"B35C00\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF4E5\"/><w:spacing w:before=\"120\" w:after=\"120\"/>",
                                 rPr: "<w:color w:val=\"7A3E00\"/>")
        styles += paragraphStyle("Footer", name: "footer")
        styles += paragraphStyle("FootnoteText", name: "footnote text", pPr: "<w:snapToGrid w:val=\"0\"/><w:jc w:val=\"left\"/>",
                                 rPr: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
        styles += """
            <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:uiPriority w:val="99"/>\
            <w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/>\
            <w:rPr><w:color w:val="0B5394"/><w:u w:val="single"/></w:rPr></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
            <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="table" w:styleId="PlanTable"><w:name w:val="Plan Table"/><w:basedOn w:val="TableNormal"/><w:qFormat/>\
            <w:tblPr>\(tableBorders)<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
            <w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>\
            <w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DDE6F2"/></w:tcPr></w:tblStylePr>\
            <w:tblStylePr w:type="firstCol"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F5F9"/></w:tcPr></w:tblStylePr>\
            </w:style>\
            <w:style w:type="table" w:styleId="CalloutBox"><w:name w:val="Callout Box"/><w:basedOn w:val="TableNormal"/><w:qFormat/>\
            <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="1A4F8B"/><w:left w:val="single" w:sz="12" w:space="0" w:color="1A4F8B"/>\
            <w:bottom w:val="single" w:sz="12" w:space="0" w:color="1A4F8B"/><w:right w:val="single" w:sz="12" w:space="0" w:color="1A4F8B"/></w:tblBorders>\
            <w:tblCellMar><w:top w:w="113" w:type="dxa"/><w:left w:w="170" w:type="dxa"/><w:bottom w:w="113" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            """
        return WordXML.declaration + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\(styles)</w:styles>"
    }
}
