import ManuscriptCore

/// The package parts around the document body: content types, relationships, properties, settings.
struct WordPackage {
    let volume: Volume
    let input: RenderInput
    let body: WordBody

    static let packageRelationships = WordXML.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    static let appProperties = WordXML.declaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>assemble</Application><DocSecurity>0</DocSecurity></Properties>
        """

    /// A4 (210 × 297 mm in twips), 30 mm side margins, a line grid that does not snap text. A title
    /// page gets the empty first-page footer: covers carry no page number.
    static func sectionProperties(hasTitlePage: Bool) -> String {
        let first = hasTitlePage ? "<w:footerReference w:type=\"first\" r:id=\"rIdFirstFooter\"/>" : ""
        return """
            <w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>\(first)\
            <w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="1701" w:right="1418" w:bottom="1701" w:left="1418" w:header="851" w:footer="851" w:gutter="0"/>\
            <w:pgNumType w:start="1"/>\(hasTitlePage ? "<w:titlePg/>" : "")<w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>
            """
    }

    static let firstPageFooter = WordXML.declaration + """
        <w:ftr \(WordXML.namespaces)><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>
        """

    static let footer = WordXML.declaration + """
        <w:ftr \(WordXML.namespaces)><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>
        """

    static func settings(language: String) -> String {
        WordXML.declaration + """
            <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:zoom w:percent="100"/><w:defaultTabStop w:val="840"/>\
            <w:characterSpacingControl w:val="compressPunctuation"/>\
            <w:updateFields w:val="true"/>\
            <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>\
            <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
            <w:themeFontLang w:val="en-US" w:eastAsia="\(language.xmlEscaped)"/>\
            </w:settings>
            """
    }

    func contentTypes() -> String {
        var defaults = """
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>
            """
        if body.images.contains(where: { $0.contentType == "image/png" }) {
            defaults += "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        }
        if body.images.contains(where: { $0.contentType == "image/jpeg" }) {
            defaults += "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
        }
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return WordXML.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\(defaults)\
            <Override PartName="/word/document.xml" ContentType="\(main).document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="\(main).styles+xml"/>\
            <Override PartName="/word/numbering.xml" ContentType="\(main).numbering+xml"/>\
            <Override PartName="/word/settings.xml" ContentType="\(main).settings+xml"/>\
            <Override PartName="/word/fontTable.xml" ContentType="\(main).fontTable+xml"/>\
            <Override PartName="/word/footer1.xml" ContentType="\(main).footer+xml"/>\
            <Override PartName="/word/footer2.xml" ContentType="\(main).footer+xml"/>\
            <Override PartName="/word/footnotes.xml" ContentType="\(main).footnotes+xml"/>\
            \(body.charts.map { "<Override PartName=\"/\($0.partName)\" ContentType=\"\(WordChart.contentType)\"/>" }.joined())\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """
    }

    func documentRelationships() -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var xml = """
            <Relationship Id="rIdStyles" Type="\(base)/styles" Target="styles.xml"/>\
            <Relationship Id="rIdNumbering" Type="\(base)/numbering" Target="numbering.xml"/>\
            <Relationship Id="rIdSettings" Type="\(base)/settings" Target="settings.xml"/>\
            <Relationship Id="rIdFonts" Type="\(base)/fontTable" Target="fontTable.xml"/>\
            <Relationship Id="rIdFooter" Type="\(base)/footer" Target="footer1.xml"/>\
            <Relationship Id="rIdFirstFooter" Type="\(base)/footer" Target="footer2.xml"/>\
            <Relationship Id="rIdFootnotes" Type="\(base)/footnotes" Target="footnotes.xml"/>
            """
        for link in body.hyperlinks {
            xml += "<Relationship Id=\"\(link.id)\" Type=\"\(base)/hyperlink\" Target=\"\(link.url.xmlEscaped)\" TargetMode=\"External\"/>"
        }
        for image in body.images {
            xml += "<Relationship Id=\"\(image.relationshipID)\" Type=\"\(base)/image\" Target=\"media/\(image.fileName)\"/>"
        }
        for chart in body.charts {
            xml += "<Relationship Id=\"\(chart.relationshipID)\" Type=\"\(base)/chart\" Target=\"charts/chart\(chart.number).xml\"/>"
        }
        return WordXML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(xml)</Relationships>"
    }

    func coreProperties() -> String {
        let edition = input.document.edition
        let date = input.date.iso8601
        return WordXML.declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(edition.printedTitle(of: volume).xmlEscaped)</dc:title>\
            <dc:subject>\(edition.title.xmlEscaped)</dc:subject>\
            <dc:creator>\(edition.publisher.xmlEscaped)</dc:creator>\
            <cp:keywords>\(edition.subtitle.map { "\($0), " }?.xmlEscaped ?? "")\(edition.label.xmlEscaped)</cp:keywords>\
            <dc:description>\(edition.label.xmlEscaped)</dc:description>\
            <dc:identifier>\(edition.identifier(forVolume: volume.id).xmlEscaped)</dc:identifier>\
            <dc:language>\(edition.wordLanguage.xmlEscaped)</dc:language>\
            <cp:lastModifiedBy>\(edition.publisher.xmlEscaped)</cp:lastModifiedBy>\
            <cp:revision>1</cp:revision>\
            <cp:contentStatus>\(edition.status.rawValue)</cp:contentStatus>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(date)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(date)</dcterms:modified>\
            </cp:coreProperties>
            """
    }
}
