import AssemblyTestSupport
import DOCXWriter
import Foundation
import ManuscriptCore
import Testing
import ZipArchive

struct DOCXWriterTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func write(_ document: Document, name: String = "out.docx") throws -> ZipReader {
        try folder.render(document, with: DOCXWriter.self, as: name)
    }

    @Test func everyPartIsWellFormedDespiteHostileText() throws {
        let zip = try write(HostileDocument.make())
        let names = zip.entries.map(\.name)
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
                     "word/settings.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml", "word/media/image1.png"] {
            #expect(names.contains(part), "\(part)")
        }
        for entry in zip.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            let text = try zip.text(named: entry.name)
            #expect(XMLCheck.problem(in: text) == nil, "\(entry.name)")
            #expect(!text.contains("<b>&amp;") && !text.contains("\u{1}"), "\(entry.name)")
        }
    }

    @Test func stylesMakeHeadingsTablesAndJapaneseWork() throws {
        let styles = try write(HostileDocument.make()).text(named: "word/styles.xml")
        for level in 1...3 {
            #expect(styles.contains("w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"))
            #expect(styles.contains("<w:outlineLvl w:val=\"\(level - 1)\"/>"))
        }
        // The families Debian's fonts-morisawa-bizud-* install, so LibreOffice embeds them rather than a fallback.
        #expect(styles.contains("w:ascii=\"BIZ UD明朝\" w:hAnsi=\"BIZ UD明朝\" w:eastAsia=\"BIZ UD明朝\" w:cs=\"BIZ UD明朝\""))
        #expect(styles.contains("w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"BIZ UDゴシック\""))
        #expect(styles.contains("<w:lang w:val=\"ja-JP\" w:eastAsia=\"ja-JP\""))
        #expect(styles.contains("w:styleId=\"PlanTable\""))
    }

    @Test func documentIsA4WithRepeatingTableHeadersAndAltText() throws {
        let document = try write(HostileDocument.make()).text(named: "word/document.xml")
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("<w:tblHeader/>"))
        #expect(document.contains("<w:tblStyle w:val=\"PlanTable\"/>"))
        #expect(document.contains("descr=\"&lt;b&gt;&amp;amp;"))
        #expect(document.contains("<w:pStyle w:val=\"Heading1\"/>") && document.contains("TOC \\h \\z \\t \"Heading 1,1,Heading 2,2,Heading 3,3\""))
        #expect(document.contains("<w:hyperlink w:anchor=\"_Ref"))
    }

    @Test func corePropertiesDescribeTheVolume() throws {
        let core = try write(HostileDocument.make()).text(named: "docProps/core.xml")
        #expect(core.contains("<dc:title>&lt;b&gt;"))
        #expect(core.contains("<dc:language>ja-JP</dc:language>"))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-03-19T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<cp:contentStatus>draft</cp:contentStatus>"))
    }

    @Test func editorNotesShowOnlyInDrafts() throws {
        #expect(try write(HostileDocument.make(status: .draft)).text(named: "word/document.xml").contains("編集メモの本文"))
        #expect(try !write(HostileDocument.make(status: .final), name: "f.docx").text(named: "word/document.xml").contains("編集メモの本文"))
    }

    /// The cover has its own, empty footer (no page number); body pages use the numbered one.
    @Test func coverHasNoPageNumber() throws {
        let zip = try write(HostileDocument.make())
        let document = try zip.text(named: "word/document.xml")
        #expect(document.contains("<w:footerReference w:type=\"first\" r:id=\"rIdFirstFooter\"/>") && document.contains("<w:titlePg/>"))
        #expect(try zip.text(named: "word/_rels/document.xml.rels").contains("Id=\"rIdFirstFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\""))
        #expect(try !zip.text(named: "word/footer2.xml").contains("PAGE"))
        #expect(try zip.text(named: "word/footer1.xml").contains("PAGE"))
    }

    @Test func proposalsCarryTheDraftMarkInTheirTitle() throws {
        for (status, marked) in [(EditionStatus.draft, true), (.publicComment, true), (.final, false)] {
            let zip = try write(HostileDocument.make(status: status), name: "\(status.rawValue).docx")
            #expect(try zip.text(named: "word/document.xml").contains("（案）</w:t></w:r></w:p>") == marked, "\(status)")
            #expect(try zip.text(named: "docProps/core.xml").contains("（案）</dc:title>") == marked, "\(status)")
        }
    }

    /// A justified paragraph with a hard break would stretch the line before it; it is set flush left.
    @Test func paragraphsWithHardBreaksAreSetFlushLeft() throws {
        let document = try write(HostileDocument.make()).text(named: "word/document.xml")
        #expect(document.contains("<w:pStyle w:val=\"BodyText\"/><w:jc w:val=\"left\"/>"))
        #expect(document.contains("<w:pStyle w:val=\"BodyText\"/></w:pPr>"), "paragraphs without one stay justified")
    }

    /// Tables use TableLayout's widths in a fixed grid across the text width.
    @Test func tablesHaveAFixedGridFromTheirContent() throws {
        let document = try write(HostileDocument.make()).text(named: "word/document.xml")
        #expect(document.contains("<w:tblLayout w:type=\"fixed\"/>"))
        let grid = try #require(document.range(of: "<w:tblGrid>(<w:gridCol w:w=\"[0-9]+\"/>)+</w:tblGrid>", options: .regularExpression,
                                               range: document.range(of: "PlanTable")!.lowerBound..<document.endIndex))
        let widths = document[grid].components(separatedBy: "w:w=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(widths.reduce(0, +) == 9070, "\(widths)")
    }

    @Test func sameInputGivesSameBytes() throws {
        #expect(try folder.rendersReproducibly(with: DOCXWriter.self))
    }
}
