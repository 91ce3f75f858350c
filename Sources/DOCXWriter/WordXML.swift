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
        let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(text.xmlEscaped)</w:t></w:r>"
    }

    /// A paragraph; `marks` (bookmarks) go right after its properties, before the text.
    static func paragraph(style: String, _ content: String, extra: String = "", marks: String = "") -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(extra)</w:pPr>\(marks)\(content)</w:p>"
    }
}
