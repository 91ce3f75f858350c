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

    @Test func sameInputGivesSameBytes() throws {
        #expect(try folder.rendersReproducibly(with: DOCXWriter.self))
    }
}
