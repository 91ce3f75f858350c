import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

/// Builds the second manuscript (Fixtures/shakyo-plan: いわき市社会福祉協議会 令和6年度事業計画, a
/// public-comment edition written from the format docs alone) with the CLI, and checks the volumes
/// with the tools readers and the city use.
@Suite(.serialized)
struct ShakyoPlanTests {
    static let manuscript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/shakyo-plan/Manuscript")
    static let volumes = ["vision", "appendix", "summary"]
    /// A release edition that uses every stage and block kind builds with no findings at all.
    static let expectedStandardError = ""

    let folder: TemporaryFolder
    let output: URL
    let result: AssembleCommand.Result

    init() throws {
        folder = try TemporaryFolder()
        output = folder.url.appendingPathComponent("Output")
        result = try AssembleCommand.run(["build", Self.manuscript.path, "--output", output.path], in: folder.url)
    }

    func file(_ volume: String, _ format: String) -> String {
        output.appendingPathComponent("iwaki-shakyo-r6-plan-\(volume).\(format)").path
    }

    func toolsPresent(_ tools: [ExternalTool], _ why: String) -> Bool {
        if tools.allSatisfy(\.isInstalled) { return true }
        if ExternalTool.isCI { Issue.record("\(why): tool missing in CI") } else { print("note: skipped, \(why): tool not installed") }
        return false
    }

    @Test func buildsEveryVolumeWithoutFindings() throws {
        #expect(result.status == 0)
        #expect(result.standardError == Self.expectedStandardError)
        // FixtureTests runs the same folder and compares with this file; both must say the same.
        let fixtureFile = Self.manuscript.deletingLastPathComponent().appendingPathComponent("expected-stderr.txt")
        #expect(try String(contentsOf: fixtureFile, encoding: .utf8) == Self.expectedStandardError)
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        let volumes = Self.volumes.flatMap { volume in ["epub", "docx"].map { "iwaki-shakyo-r6-plan-\(volume).\($0)" } }
        #expect(written == (["appendix-files", "reports"] + volumes).sorted())
        let attachments = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("appendix-files").path)
        #expect(attachments == ["district-counts.csv"])
    }

    @Test func everyEPUBPassesEPUBCheckWithoutWarnings() throws {
        try #require(result.status == 0, "\(result.standardError)")
        guard toolsPresent([.java, ExternalTool(path: ExternalTool.epubcheckJar)], "epubcheck") else { return }
        for volume in Self.volumes {
            let (status, text) = try ExternalTool.java.run(["-jar", ExternalTool.epubcheckJar, file(volume, "epub")])
            #expect(status == 0, "\(volume): \(text)")
            #expect(text.contains("No errors or warnings detected"), "\(volume): \(text)")
        }
    }

    /// python-docx reads each DOCX as Word would; the texts are what the reader sees printed.
    @Test func everyDOCXOpensInPythonDocxWithItsPrintedText() throws {
        try #require(result.status == 0, "\(result.standardError)")
        guard toolsPresent([.python], "python3-docx") else { return }
        let script = """
            import sys, docx
            from docx.oxml.ns import qn
            d = docx.Document(sys.argv[1])
            assert d.core_properties.language == "ja-JP"
            # Every printed paragraph, table cells included, with its hyperlinks' text: python-docx
            # 0.8's Paragraph.text leaves hyperlinks out, and cross-references are hyperlinks.
            texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in d.element.body.iter(qn("w:p"))]
            missing = [want for want in sys.argv[2:] if not any(want in text for text in texts)]
            assert not missing, missing
            """
        let expected: [String: [String]] = [
            "vision": [
                "第3章 基本目標2 支え合い、誰もが安心できる地域をつくるために",
                "表3 地区協議会ごとの新規・改編事業数（令和6年度）",
                "図1 地区協議会の新規・改編事業数",
                "表7 基本目標ごとの主体の関わり",
                "合計", "69千円",
                "（→ 資料編 表4 地区協議会の新規・改編事業の一覧）",
                "令和6年度の新規事業は、第5章 新規事業と計画の推進に示します。",
            ],
            "appendix": [
                "資料5 用語集",
                "CSW（しーえすだぶりゅー）　別表記：コミュニティソーシャルワーカー",
                "コミュニティソーシャルワーカーの略です。地域に出向いて困りごとを抱える人を見つけ、支援や地域の資源につなぐ専門職です。",
                "表4 地区協議会の新規・改編事業の一覧",
                "ふくみちゃんカフェ（被災地域つどいの場）",
                "令和5年2月6日〜令和5年3月7日",
            ],
            "summary": [
                "第5章 新規事業と計画の推進",
                "表3 地区協議会ごとの新規・改編事業数（令和6年度）",
                "表6 令和6年度の主な目標（KGI）",
            ],
        ]
        for volume in Self.volumes {
            let (status, text) = try ExternalTool.python.run(["-c", script, file(volume, "docx")] + expected[volume, default: []])
            #expect(status == 0, "\(volume): \(text)")
        }
    }

    @Test func summaryHoldsTheMarkedBlocksOnly() throws {
        try #require(result.status == 0, "\(result.standardError)")
        let xhtml = try ZipReader(path: file("summary", "epub")).text(named: "EPUB/summary-goal-2.xhtml").withoutClasses
        #expect(xhtml.contains("<caption><span>表3</span> 地区協議会ごとの新規・改編事業数（令和6年度）</caption>"))
        #expect(xhtml.contains("<th scope=\"row\">合計</th><td>6</td><td>1</td><td>7</td>"))
        let docx = try ZipReader(path: file("summary", "docx")).text(named: "word/document.xml")
        #expect(docx.contains("地区協議会ごとの新規・改編事業数（令和6年度）"))
        #expect(!docx.contains("基本目標2における主体ごとの役割"), "an unmarked table stays out of the 概要版")
        let digest = "この概要版は、令和6年度事業計画の要点をまとめたものです。"
        #expect(try ZipReader(path: file("summary", "epub")).text(named: "EPUB/summary-policy.xhtml").contains(digest))
        #expect(!(try ZipReader(path: file("vision", "epub")).text(named: "EPUB/policy.xhtml")).contains(digest), "summary: only stays out of the 本編")
    }

    @Test func roleMatrixMarksEachActorUnderTheChaptersItWorksIn() throws {
        try #require(result.status == 0, "\(result.standardError)")
        let xhtml = try ZipReader(path: file("vision", "epub")).text(named: "EPUB/management.xhtml").withoutClasses
        #expect(xhtml.contains("<th scope=\"row\">市民・地域住民</th><td>●</td><td>●</td><td>●</td>"))
        #expect(xhtml.contains("<th scope=\"row\">地区協議会</th><td>●</td><td>●</td><td>－</td>"))
    }

    @Test func publicCommentEditionHidesEditorNotesAndTheDraftMark() throws {
        try #require(result.status == 0, "\(result.standardError)")
        let epub = try ZipReader(path: file("vision", "epub"))
        #expect(!(try epub.text(named: "EPUB/policy.xhtml")).contains("editor-note"))
        #expect(!(try epub.text(named: "EPUB/title.xhtml")).contains(">案<"))
    }

    /// A council answers as 本会, not as the city: the results table's column and caption say so.
    @Test func publicCommentResultsNameTheCouncilsAnswers() throws {
        try #require(result.status == 0, "\(result.standardError)")
        let xhtml = try ZipReader(path: file("appendix", "epub")).text(named: "EPUB/public-comment-results.xhtml").withoutClasses
        #expect(xhtml.contains("<th scope=\"col\">本会の考え方</th>"))
        #expect(xhtml.contains("提出された意見の概要と本会の考え方"))
        #expect(!xhtml.contains("市の考え方"))
    }

    /// A glossary entry's 関連 line names the related term, not the glossary's own title.
    @Test func glossarySeeAlsoNamesTheRelatedTerm() throws {
        try #require(result.status == 0, "\(result.standardError)")
        let xhtml = try ZipReader(path: file("appendix", "epub")).text(named: "EPUB/glossary.xhtml")
        #expect(xhtml.contains(">アウトリーチ</a></p>") && !xhtml.contains(">資料5 用語集</a></p>"))
    }
}

private extension String {
    /// The markup without class attributes (numeric and mark columns carry one), for comparing content.
    var withoutClasses: String { replacingOccurrences(of: #" class="[^"]*""#, with: "", options: .regularExpression) }
}
