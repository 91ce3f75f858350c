/// Shared pieces of WordprocessingML text.
enum WordXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" \
        xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"
        """

    /// The empty ballot box a form prints where the reader ticks.
    static let checkbox: Character = "☐"

    /// A Word 2010 checkbox content control, unticked, showing ☐ (☒ once ticked) to readers that
    /// do not know content controls.
    static let checkboxControl = """
        <w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/>\
        <w14:checkedState w14:val="2612" w14:font="BIZ UDGothic"/><w14:uncheckedState w14:val="2610" w14:font="BIZ UDGothic"/>\
        </w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>
        """

    /// A run of text; `xml:space` keeps leading and trailing spaces.
    static func run(_ text: String, properties: String = "") -> String {
        var xml = ""
        appendRun(text, properties: properties, to: &xml)
        return xml
    }

    /// The same written at the end of `xml`: the body's text goes straight into the document.
    static func appendRun(_ text: String, properties: String = "", to xml: inout String) {
        xml += "<w:r>"
        if !properties.isEmpty { xml += "<w:rPr>"; xml += properties; xml += "</w:rPr>" }
        xml += "<w:t xml:space=\"preserve\">"
        xml += text.xmlEscaped
        xml += "</w:t></w:r>"
    }

    /// A paragraph; `marks` (bookmarks) go right after its properties, before the text.
    static func paragraph(style: String, _ content: String, extra: String = "", marks: String = "") -> String {
        var xml = ""
        openParagraph(style: style, extra: extra, marks: marks, to: &xml)
        xml += content
        xml += "</w:p>"
        return xml
    }

    /// A paragraph's start, up to where its text goes; `</w:p>` ends it.
    static func openParagraph(style: String, extra: String = "", marks: String = "", to xml: inout String) {
        xml += "<w:p><w:pPr><w:pStyle w:val=\""
        xml += style
        xml += "\"/>"
        xml += extra
        xml += "</w:pPr>"
        xml += marks
    }
}
