import ManuscriptCore

/// `word/footnotes.xml`: the separators Word expects, then one footnote per note.
enum WordFootnotes {
    static func xml(_ notes: [[Inline]]) -> String {
        var xml = """
            <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
            """
        for (index, note) in notes.enumerated() {
            xml += "<w:footnote w:id=\"\(index + 1)\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
            xml += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>" + WordXML.run(" ")
            xml += runs(note) + "</w:p></w:footnote>"
        }
        return WordXML.declaration + "<w:footnotes \(WordXML.namespaces)>\(xml)</w:footnotes>"
    }

    /// Notes hold text and emphasis only: a link would need relationships of the footnotes part.
    private static func runs(_ inlines: [Inline], properties: String = "") -> String {
        inlines.map { inline -> String in
            switch inline {
            case .strong(let content): return runs(content, properties: properties + "<w:b/>")
            case .lineBreak: return "<w:r><w:br/></w:r>"
            case .anchor, .image: return ""
            default: return WordXML.run(inline.plainText, properties: properties)
            }
        }.joined()
    }
}
