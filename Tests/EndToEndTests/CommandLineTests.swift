import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

struct CommandLineTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// A working copy of a fixture, ready to run in.
    func copy(_ fixture: String) throws -> URL {
        let work = folder.url.appendingPathComponent(fixture)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(fixture), to: work)
        return work
    }

    @Test func checkPrintsJSONForTools() throws {
        let work = try copy("dangling-reference")
        let result = try AssembleCommand.run(["check", "Manuscript", "--format", "json"], in: work)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(report["errors"] as? Int == 1)
        let finding = try #require((report["findings"] as? [[String: Any]])?.first)
        #expect(finding["stage"] as? String == "cross-references")
        #expect((finding["location"] as? [String: Any])?["line"] as? Int == 5)
        #expect(result.standardError.isEmpty)
    }

    @Test func checkSucceedsOnTheSampleAndWritesNothing() throws {
        let manuscript = AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript").path
        let result = try AssembleCommand.run(["check", manuscript], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func strictFailsOnWarnings() throws {
        let work = try copy("external-stage-warns")
        #expect(try AssembleCommand.run(["check", "Manuscript"], in: work).status == 0)
        let strict = try AssembleCommand.run(["check", "Manuscript", "--strict"], in: work)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("warning: この文は長すぎます [warn.py]"))
    }

    @Test func stagesListsEveryBuiltInStage() throws {
        let result = try AssembleCommand.run(["stages"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("role-tables  (Role Tables)"))
        #expect(result.standardOutput.contains("numbering  (Numbering)"))
        #expect(result.standardOutput.contains("character-limits  (Character Limits)"))
        #expect(result.standardOutput.contains("cross-references  (Cross References)"))
        #expect(result.standardOutput.contains("option table-format"))
    }

    @Test func buildIsTheDefaultCommand() throws {
        let work = try copy("minimal")
        let result = try AssembleCommand.run(["Manuscript", "--output", "Out", "--no-pdf"], in: work)
        // The reports come after the volumes: with PDFs they count the real pages.
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == """
            wrote Out/t-vision.epub
            wrote Out/t-vision.docx
            wrote Out/reports/brevity.json
            wrote Out/reports/brevity.csv
            wrote Out/reports/brevity.html

            """)
    }

    @Test func buildsAreByteIdenticalAcrossRunsAndTimeZones() throws {
        let work = try copy("minimal")
        _ = try AssembleCommand.run(["build", "Manuscript", "--output", "A", "--no-pdf"], in: work, environment: ["TZ": "Asia/Tokyo"])
        _ = try AssembleCommand.run(["build", "Manuscript", "--output", "B", "--no-pdf"], in: work, environment: ["TZ": "America/Los_Angeles"])
        for name in ["t-vision.epub", "t-vision.docx"] {
            let a = try Data(contentsOf: work.appendingPathComponent("A/\(name)"))
            #expect(a == (try Data(contentsOf: work.appendingPathComponent("B/\(name)"))), "\(name)")
        }
        _ = try AssembleCommand.run(["build", "Manuscript", "--output", "C", "--no-pdf"], in: work, environment: ["SOURCE_DATE_EPOCH": "1790000000"])
        let epoch = try Data(contentsOf: work.appendingPathComponent("C/t-vision.epub"))
        #expect(epoch != (try Data(contentsOf: work.appendingPathComponent("A/t-vision.epub"))))
    }

    @Test func failedRebuildKeepsThePreviousOutputs() throws {
        let work = try copy("minimal")
        #expect(try AssembleCommand.run(["build", "Manuscript", "--no-pdf"], in: work).status == 0)
        let epub = work.appendingPathComponent("Output/t-vision.epub")
        let before = try Data(contentsOf: epub)
        try Data("id: a\ntitle: 概要\nblocks:\n  - paragraph: [壊れた\n".utf8).write(to: work.appendingPathComponent("Manuscript/s/a.yaml"))
        let failed = try AssembleCommand.run(["build", "Manuscript"], in: work)
        #expect(failed.status == 1)
        #expect(try Data(contentsOf: epub) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("Output").path).sorted() == ["reports", "t-vision.docx", "t-vision.epub"])
    }

    @Test func reviewersCheckWritesTheBrevityReportEvenWhenOverLimits() throws {
        let work = try copy("character-limits-release")
        let result = try AssembleCommand.run(["check", "Manuscript", "--report"], in: work)
        #expect(result.status == 1)
        #expect(result.standardOutput == "wrote Output/reports/brevity.json\nwrote Output/reports/brevity.csv\nwrote Output/reports/brevity.html\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: work.appendingPathComponent("Output/reports/brevity.json"))) as? [String: Any])
        let measurement = try #require((json["measurements"] as? [[String: Any]])?.first { $0["scope"] as? String == "section" })
        #expect(measurement["value"] as? Double == 47 && measurement["error"] as? Double == 20 && measurement["status"] as? String == "error")
        let csv = try String(contentsOf: work.appendingPathComponent("Output/reports/brevity.csv"), encoding: .utf8)
        #expect(csv.contains("\r\n超過,テスト計画,概要,概要,,章・節,字（全角換算）,47,10,20,27,135,47,47,1,0.1,,,,Manuscript/s/a.yaml,1,1\r\n"))
        #expect(try String(contentsOf: work.appendingPathComponent("Output/reports/brevity.html"), encoding: .utf8).contains("上限を超えた箇所（1件）"))
    }

    @Test func statusOverrideChecksADraftAgainstReleaseRules() throws {
        let work = try copy("character-limits-release")
        let edition = work.appendingPathComponent("Manuscript/edition.yaml")
        try String(contentsOf: edition, encoding: .utf8).replacingOccurrences(of: "status: public-comment", with: "status: draft")
            .write(to: edition, atomically: true, encoding: .utf8)
        let draft = try AssembleCommand.run(["check", "Manuscript"], in: work)
        #expect(draft.status == 0)
        #expect(draft.standardError.contains("warning: section \"a\" has 47 characters (fullwidth-equivalent); limit 20 (an error in public-comment and final editions)"))
        let asFinal = try AssembleCommand.run(["check", "Manuscript", "--status", "final"], in: work)
        #expect(asFinal.status == 1)
        #expect(asFinal.standardError.contains("error: section \"a\" has 47 characters"))
    }

    @Test func appendixItemsAttachmentsAndMovedMaterial() throws {
        let work = try copy("appendix-items")
        let result = try AssembleCommand.run(["build", "Manuscript", "--no-pdf"], in: work)
        #expect(result.status == 0, "\(result.standardError)")
        let output = work.appendingPathComponent("Output")
        #expect(try Data(contentsOf: output.appendingPathComponent("appendix-files/report.pdf")).starts(with: Array("%PDF-".utf8)))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("appendix-files/participation.csv").path))
        let appendix = try ZipReader(path: output.appendingPathComponent("t-appendix.epub").path)
        let comments = try appendix.text(named: "EPUB/public-comment.xhtml")
        #expect(comments.contains("<th scope=\"col\">該当箇所</th><th scope=\"col\">意見の概要</th><th scope=\"col\">市の考え方</th><th scope=\"col\">修正の有無</th>"))
        #expect(comments.contains("<td><span class=\"xref\">本編 第1章 推進</span></td><td>役割を具体的に。</td><td>表現を改めました。</td><td>有</td>"))
        let survey = try appendix.text(named: "EPUB/survey.xhtml")
        #expect(survey.contains("<th scope=\"row\">回答数</th><td>657件</td>"))
        #expect(survey.contains("<th scope=\"row\">参加している</th><td class=\"numeric\">32%</td>"))
        #expect(survey.contains("詳しい数値"), "the table marked to-appendix moved here")
        #expect(survey.contains("appendix-files/report.pdf"))
        let vision = try ZipReader(path: output.appendingPathComponent("t-vision.epub").path).text(named: "EPUB/a.xhtml")
        #expect(vision.contains("資料編 資料1 検討経過") && vision.contains("資料編 表5 意見募集の概要"))
        #expect(vision.contains("（→ <span class=\"xref\">資料編 表4 詳しい数値</span>）"), "a pointer stays where the table was")
        let rels = try ZipReader(path: output.appendingPathComponent("t-vision.docx").path).text(named: "word/_rels/document.xml.rels")
        #expect(rels.contains("Target=\"t-appendix.docx#_Ref1\" TargetMode=\"External\""), "Word links to the item in the appendix document beside it")
    }

    @Test func unwritableOutputIsAClearError() throws {
        let work = try copy("minimal")
        try Data("a file, not a folder".utf8).write(to: work.appendingPathComponent("Output"))
        let result = try AssembleCommand.run(["build", "Manuscript"], in: work)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: cannot prepare output folder"))
    }
}
