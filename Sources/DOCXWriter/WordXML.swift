/// Shared pieces of WordprocessingML text.
enum WordXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
        """

    /// A run of text; `xml:space` keeps leading and trailing spaces.
    static func run(_ text: String, properties: String = "") -> String {
        let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(text.xmlEscaped)</w:t></w:r>"
    }

    static func paragraph(style: String, _ content: String, extra: String = "") -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(extra)</w:pPr>\(content)</w:p>"
    }
}
