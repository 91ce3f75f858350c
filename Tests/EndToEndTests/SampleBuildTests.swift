import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

/// Builds the sample manuscript with the CLI and checks the results with the tools readers use.
@Suite(.serialized)
struct SampleBuildTests {
    static let volumes = ["vision", "appendix", "summary"]
    let folder: TemporaryFolder
    let output: URL

    init() throws {
        folder = try TemporaryFolder()
        output = folder.url.appendingPathComponent("Output")
        let manuscript = AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript").path
        // PDFs are PDFOutputTests' subject; without them each test's build takes a second, not twenty.
        let result = try AssembleCommand.run(["build", manuscript, "--output", output.path, "--no-pdf"], in: folder.url)
        try #require(result.status == 0, "\(result.standardError)")
    }

    func file(_ volume: String, _ format: String) -> String {
        output.appendingPathComponent("iwaki-chiiki-kyosei-\(volume).\(format)").path
    }

    func toolsPresent(_ tools: [ExternalTool], _ why: String) -> Bool {
        if tools.allSatisfy(\.isInstalled) { return true }
        if ExternalTool.isCI { Issue.record("\(why): tool missing in CI") } else { print("note: skipped, \(why): tool not installed") }
        return false
    }

    @Test func bothEPUBsPassEPUBCheckWithoutWarnings() throws {
        guard toolsPresent([.java, ExternalTool(path: ExternalTool.epubcheckJar)], "epubcheck") else { return }
        for volume in Self.volumes {
            let (status, text) = try ExternalTool.java.run(["-jar", ExternalTool.epubcheckJar, file(volume, "epub")])
            #expect(status == 0, "\(text)")
            #expect(text.contains("No errors or warnings detected"), "\(volume): \(text)")
        }
    }

    @Test func bothDOCXOpenInPythonDocxWithRealStyles() throws {
        guard toolsPresent([.python], "python3-docx") else { return }
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            s = d.sections[0]
            assert round(s.page_width.mm) == 210 and round(s.page_height.mm) == 297, "not A4"
            styles = {p.style.name for p in d.paragraphs}
            assert {"Heading 1", "Heading 2"} <= styles, styles
            assert d.core_properties.language == "ja-JP"
            assert len(d.tables) > 0 and {t.style.name for t in d.tables} <= {"Plan Table", "Callout Box"}
            print(d.core_properties.title, len(d.paragraphs))
            """
        for volume in Self.volumes {
            let (status, text) = try ExternalTool.python.run(["-c", script, file(volume, "docx")])
            #expect(status == 0, "\(volume): \(text)")
        }
    }

    @Test func libreOfficeRendersTheVisionWithItsJapaneseText() throws {
        guard toolsPresent([.soffice, .pdftotext], "LibreOffice") else { return }
        let profile = folder.url.appendingPathComponent("lo-profile")
        let (status, text) = try ExternalTool.soffice.run([
            "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", folder.url.path, file("vision", "docx"),
        ])
        #expect(status == 0, "\(text)")
        let pdf = folder.url.appendingPathComponent("iwaki-chiiki-kyosei-vision.pdf").path
        // LibreOffice puts a small gap between Japanese and Latin letters or digits, which pdftotext
        // turns into spaces; compare without them.
        let content = try ExternalTool.pdftotext.run([pdf, "-"]).output.replacingOccurrences(of: " ", with: "")
        for expected in ["いわき市地域共生ビジョン", "第4章", "主体ごとの役割", "6.61点/10点", "ボランティア・NPO"] {
            #expect(content.contains(expected), "PDF lacks «\(expected)»")
        }
    }

    @Test func chapterFourRolesTableAndKGIsAppearInBothFormats() throws {
        let epub = try ZipReader(path: file("vision", "epub"))
        let xhtml = try epub.text(named: "EPUB/promotion.xhtml")
        #expect(xhtml.contains("<caption><span class=\"number\">表5</span> 主体ごとの役割</caption>"))
        #expect(xhtml.contains("<thead>\n<tr><th scope=\"col\">主体</th><th scope=\"col\">役割</th></tr>"))
        for actor in ["市民", "自治会等", "ボランティア・NPO", "福祉事業者", "企業等", "民生委員・児童委員", "社会福祉協議会", "行政"] {
            #expect(xhtml.contains("<th scope=\"row\">\(actor)</th>"), "\(actor)")
        }
        #expect(xhtml.contains("<td>●自分の暮らす地域に関心を持ちます。<br/>●できるところから"))
        #expect(xhtml.contains("6.61点/10点（2024年調査）") && xhtml.contains("8.00点/10点（2040年頃までに達成）"))
        let docx = try ZipReader(path: file("vision", "docx")).text(named: "word/document.xml")
        let roles = try #require(docx.range(of: "主体ごとの役割"))
        let table = docx[roles.upperBound...].prefix { _ in true }
        #expect(table.contains("<w:tblStyle w:val=\"PlanTable\"/>"))
        #expect(table.contains("<w:trPr><w:tblHeader/>"))
        #expect(table.contains("民生委員・児童委員") && table.contains("地域の身近な相談役として、市民と行政などをつなぎます。"))
        #expect(docx.contains("5.85点/10点（2024年調査）"))
    }

    @Test func roleMatrixMarksActorsPerGoal() throws {
        let xhtml = try ZipReader(path: file("vision", "epub")).text(named: "EPUB/directions.xhtml")
        #expect(xhtml.contains("<th scope=\"row\">企業等</th><td class=\"mark\">－</td><td class=\"mark\">－</td><td class=\"mark\">●</td>"))
    }

    @Test func inlineStrongNextToJapanesePunctuationRenders() throws {
        let xhtml = try ZipReader(path: file("vision", "epub")).text(named: "EPUB/overview.xhtml")
        #expect(xhtml.contains("<strong>「超える」</strong>ことで"))
    }

    @Test func crossVolumeReferencesNameTheAppendix() throws {
        let xhtml = try ZipReader(path: file("vision", "epub")).text(named: "EPUB/overview.xhtml")
        #expect(xhtml.contains("<span class=\"xref\">資料編 資料2 地域福祉に関するアンケート調査結果</span>"))
    }

    @Test func brevityReportComparesWithTheOldPlan() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("reports/brevity.json"))) as? [String: Any])
        let oldPlan = try #require(json["oldPlan"] as? [String: Any])
        #expect(oldPlan["pages"] as? Double == 100)
        let vision = try #require((json["volumes"] as? [[String: Any]])?.first { $0["id"] as? String == "vision" })
        #expect((vision["pages"] as? Double ?? 100) < 30, "the new vision must be far shorter than the old plan")
        let html = try String(contentsOf: output.appendingPathComponent("reports/brevity.html"), encoding: .utf8)
        #expect(html.contains("現行計画（いわき市地域福祉計画）") && html.contains("第4章 このビジョンの進め方（推進方法）"))
    }

    @Test func glossaryTermsCarryTheirDefinitionsAsFootnotesInBothFormats() throws {
        let xhtml = try ZipReader(path: file("vision", "epub")).text(named: "EPUB/overview.xhtml")
        #expect(xhtml.contains("市町村地域福祉計画<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\""))
        #expect(xhtml.contains("<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\""))
        #expect(xhtml.contains("（→ 資料編 資料5 用語集）"))
        let docx = try ZipReader(path: file("vision", "docx"))
        #expect(try docx.text(named: "word/document.xml").contains("<w:footnoteReference w:id=\"1\"/>"))
        let notes = try docx.text(named: "word/footnotes.xml")
        #expect(notes.contains("地域福祉計画") && notes.contains("（→ 資料編 資料5 用語集）"))
    }

    @Test func appendixGlossaryIsInGojuonOrderWithRowsAndUsage() throws {
        let xhtml = try ZipReader(path: file("appendix", "epub")).text(named: "EPUB/glossary.xhtml")
        let rows = ["あ行", "か行", "さ行", "た行", "は行", "ま行", "や行"].compactMap { xhtml.range(of: ">\($0)</h2>")?.lowerBound }
        #expect(rows.count == 7 && rows == rows.sorted())
        let order = ["OODAループ", "ウェルビーイング", "NPO", "KGI", "重層的支援体制整備事業", "成年後見制度", "ダブルケア", "地域共生社会",
                     "地域福祉", "地域福祉計画", "8050問題", "民生委員・児童委員", "ヤングケアラー"]
        let positions = order.compactMap { xhtml.range(of: "<strong>\($0)</strong>")?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
        #expect(xhtml.contains("掲載箇所：第4章 このビジョンの進め方（推進方法）"))
    }

    @Test func draftShowsEditorNotesAndTheDraftMark() throws {
        let epub = try ZipReader(path: file("vision", "epub"))
        #expect(try epub.text(named: "EPUB/overview.xhtml").contains("class=\"editor-note\""))
        #expect(try epub.text(named: "EPUB/title.xhtml").contains(">いわき市地域共生ビジョン（案）</h1>"))
    }
}
