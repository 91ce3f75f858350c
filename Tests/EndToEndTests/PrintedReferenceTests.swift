import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

/// What references print and where their links go, read back from the built volumes.
struct PrintedReferenceTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// A vision and an appendix without `short-title`, the vision referring to a survey table, the
    /// summary to a chapter.
    static let manuscript = [
        "edition.yaml": """
            title: いわき市地域共生ビジョン
            label: テスト版
            status: draft
            date: 2026-03-19
            publisher: いわき市
            volumes:
              - id: vision
                title: いわき市地域共生ビジョン
                sections: [overview.yaml]
              - id: appendix
                title: いわき市地域共生ビジョン 資料編（別冊）
                sections: [meetings.yaml, survey.yaml]
            outputs:
              basename: t
              formats: [epub, docx]
              base-url: https://www.city.iwaki.lg.jp/plan/
            """,
        "overview.yaml": """
            id: overview
            title: 概要
            blocks:
              - paragraph: 参加の状況は[[participation]]のとおりです。
              - paragraph: 考え方は[[overview]]をご覧ください。
                summary: only
            """,
        "meetings.yaml": """
            id: meetings
            title: 検討経過
            blocks:
              - paragraph: 推進会議で検討しました。
            """,
        "survey.yaml": """
            id: survey
            title: アンケート調査結果
            blocks:
              - survey-results:
                  period: {from: 2025-05-02, to: 2025-05-22}
                  method: WEB調査
                  responses: 657
                  tables:
                    - {id: participation, caption: 地域活動への参加状況, header: [回答, 割合], rows: [[参加している, 30%]]}
            """,
    ]

    func build() throws -> URL {
        let work = folder.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("Manuscript"), withIntermediateDirectories: true)
        for (path, text) in Self.manuscript {
            try Data(text.utf8).write(to: work.appendingPathComponent("Manuscript/\(path)"))
        }
        let result = try AssembleCommand.run(["build", "Manuscript", "--output", "Out"], in: work)
        try #require(result.status == 0, "\(result.standardError)")
        return work.appendingPathComponent("Out")
    }

    @Test func volumesWithoutShortTitlesAreCalledHonpenAndShiryohen() throws {
        let output = try build()
        let summary = try ZipReader(path: output.appendingPathComponent("t-summary.epub").path).text(named: "EPUB/summary-overview.xhtml")
        #expect(summary.contains(">本編 第1章 概要</a>をご覧ください。"))
        let vision = try ZipReader(path: output.appendingPathComponent("t-vision.epub").path).text(named: "EPUB/overview.xhtml")
        #expect(vision.contains(">資料編 表2 地域活動への参加状況</a>のとおりです。"))
    }

    @Test func crossVolumeLinksOpenTheItemInBothFormats() throws {
        let output = try build()
        // EPUB: the published book, the fragment naming the item's content file and id.
        let vision = try ZipReader(path: output.appendingPathComponent("t-vision.epub").path).text(named: "EPUB/overview.xhtml")
        let prefix = "href=\"https://www.city.iwaki.lg.jp/plan/t-appendix.epub#"
        let start = try #require(vision.range(of: prefix)).upperBound
        let fragment = vision[start...].prefix { $0 != "\"" }.components(separatedBy: "%23")
        try #require(fragment.count == 2)
        #expect(fragment == ["survey.xhtml", "participation"])
        let page = try ZipReader(path: output.appendingPathComponent("t-appendix.epub").path).text(named: "EPUB/\(fragment[0])")
        #expect(page.contains("id=\"\(fragment[1])\""))
        // DOCX: the other document, at the bookmark that document gives the item.
        let docx = try ZipReader(path: output.appendingPathComponent("t-vision.docx").path)
        let rels = try docx.text(named: "word/_rels/document.xml.rels")
        let targetStart = try #require(rels.range(of: "Target=\"t-appendix.docx#")).upperBound
        let bookmarkName = String(rels[targetStart...].prefix { $0 != "\"" })
        #expect(bookmarkName.hasPrefix("_Ref"))
        let appendix = try ZipReader(path: output.appendingPathComponent("t-appendix.docx").path).text(named: "word/document.xml")
        let bookmark = try #require(appendix.range(of: "w:name=\"\(bookmarkName)\"/>"))
        // The bookmark sits on the table's caption.
        #expect(appendix[bookmark.upperBound...].prefix(600).contains("地域活動への参加状況"))
    }

    @Test func crossVolumeLinksPassEPUBCheck() throws {
        guard FileManager.default.fileExists(atPath: ExternalTool.epubcheckJar), ExternalTool.java.isInstalled else { return }
        let output = try build()
        let (status, text) = try ExternalTool.java.run(["-jar", ExternalTool.epubcheckJar, output.appendingPathComponent("t-vision.epub").path])
        #expect(status == 0 && !text.contains("WARNING"), "\(text)")
    }

    @Test func placeholdersInTheCallForCommentsStopAPublicCommentRelease() throws {
        let work = folder.url.appendingPathComponent("release")
        var files = Self.manuscript
        files["edition.yaml"] = files["edition.yaml"]!.replacingOccurrences(of: "status: draft", with: """
            status: public-comment
            public-comment:
              from: 2026-12-01
              to: 2026-12-31
              submit-to:
                - 持参または郵送：いわき市保健福祉課
                - 電話 ●●-●●●●
            """)
        try FileManager.default.createDirectory(at: work.appendingPathComponent("Manuscript"), withIntermediateDirectories: true)
        for (path, text) in files { try Data(text.utf8).write(to: work.appendingPathComponent("Manuscript/\(path)")) }
        let result = try AssembleCommand.run(["release", "Manuscript", "--output", "Out"], in: work)
        #expect(result.status == 1)
        #expect(result.standardError.contains(
            "Manuscript/edition.yaml:9:7: error: placeholder '●●' left in public-comment's submit-to (printed on the opinion form); a public-comment edition cannot be published with it [release-checks]"),
            "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("Out/release").path))
    }

    @Test func theSampleGlossaryNamesEachRelatedTerm() throws {
        let output = folder.url.appendingPathComponent("Output")
        let manuscript = AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript").path
        let result = try AssembleCommand.run(["build", manuscript, "--output", output.path], in: folder.url)
        try #require(result.status == 0, "\(result.standardError)")
        let xhtml = try ZipReader(path: output.appendingPathComponent("iwaki-chiiki-kyosei-appendix.epub").path).text(named: "EPUB/glossary.xhtml")
        #expect(xhtml.contains("関連：<a class=\"xref\" href=\"glossary.xhtml#"))
        #expect(xhtml.contains(">重層的支援体制整備事業</a>、<a class=\"xref\""))
        #expect(!xhtml.contains(">資料5 用語集</a>"))
        let docx = try ZipReader(path: output.appendingPathComponent("iwaki-chiiki-kyosei-appendix.docx").path).text(named: "word/document.xml")
        let related = docx.components(separatedBy: "関連：").dropFirst().map { $0.components(separatedBy: "</w:p>")[0] }
        #expect(!related.isEmpty && related.allSatisfy { !$0.contains("用語集") })
        #expect(related.contains { $0.contains(">重層的支援体制整備事業</w:t></w:r></w:hyperlink>") })
    }
}
