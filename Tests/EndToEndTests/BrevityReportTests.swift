import AssemblyTestSupport
import Foundation
import Testing

/// The reviewers' brevity report as they read it: `check --report` on the sample and on small
/// manuscripts, the HTML in headless Chromium (its DOM and its printed A4 pages), the CSV as Excel
/// opens it, the JSON and `--format json` figures as CI reads them, and `--compare`.
struct BrevityReportTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func copy(_ fixture: String) throws -> URL {
        let work = folder.url.appendingPathComponent(fixture)
        try FileManager.default.copyItem(at: CommandLineTests.fixtures.appendingPathComponent(fixture), to: work)
        return work
    }

    /// The sample manuscript in a working folder, with `check --report` run on it.
    func sampleReport(_ extra: [String] = []) throws -> (work: URL, result: AssembleCommand.Result) {
        let work = folder.url.appendingPathComponent("sample")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript"), to: work.appendingPathComponent("Manuscript"))
        return (work, try AssembleCommand.run(["check", "Manuscript", "--report"] + extra, in: work))
    }

    func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    func chromiumPresent() -> Bool {
        if ExternalTool.chromium.isInstalled && ExternalTool.pdfinfo.isInstalled && ExternalTool.pdftotext.isInstalled { return true }
        if ExternalTool.isCI { Issue.record("the printed brevity report: chromium or poppler missing in CI") } else { print("note: skipped, chromium not installed") }
        return false
    }

    /// Runs headless Chromium on a page (``ExternalTool/headlessChromium(_:page:profiles:)``), which must succeed.
    func chromium(_ arguments: [String], page: URL) throws -> String {
        let run = try ExternalTool.headlessChromium(arguments, page: page, profiles: folder.url)
        #expect(run.status == 0, "chromium: \(run.output.suffix(2000))")
        return run.output
    }

    @Test func checkReportWritesOnlyTheReports() throws {
        let work = try copy("appendix-items")
        let result = try AssembleCommand.run(["check", "Manuscript", "--report"], in: work)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("Output").path) == ["reports"])
        #expect(result.standardOutput == "wrote Output/reports/brevity.json\nwrote Output/reports/brevity.csv\nwrote Output/reports/brevity.html\n")
    }

    @Test func jsonFindingsCarryTheFigures() throws {
        let work = try copy("character-limits-release")
        let result = try AssembleCommand.run(["check", "Manuscript", "--format", "json"], in: work)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let finding = try #require((report["findings"] as? [[String: Any]])?.first)
        let measurement = try #require(finding["measurement"] as? [String: Any])
        #expect(measurement["subject"] as? String == "概要")
        #expect(measurement["unit"] as? String == "fullwidth-equivalent")
        #expect(measurement["value"] as? Double == 47)
        #expect(measurement["limit"] as? Double == 20)
        #expect(measurement["warning"] as? Double == 10)
        #expect(measurement["overrun"] as? Double == 27)
        #expect(measurement["overrunPercent"] as? Double == 135)
    }

    @Test func theSampleReportListsEachFindingOnceInJapaneseWithUnitsAndOverruns() throws {
        let (work, result) = try sampleReport()
        #expect(result.status == 0, "\(result.standardError)")
        let warnings = result.standardError.components(separatedBy: "\n").filter { $0.contains(": warning: ") && $0.hasSuffix("[character-limits]") }
        let reports = work.appendingPathComponent("Output/reports")
        let brevity = try json(reports.appendingPathComponent("brevity.json"))
        let measurements = try #require(brevity["measurements"] as? [[String: Any]])
        let over = measurements.filter { $0["status"] as? String != "ok" }
        #expect(over.count == warnings.count, "the report and check count the same findings")
        // 本編 and 概要版 print this sentence; it is one finding, printed in both.
        let repeated = try #require(over.first { ($0["text"] as? String)?.hasPrefix("本人の意思を尊重し、子ども、高齢者、障が") == true })
        #expect(repeated["volumes"] as? [String] == ["本編", "概要版"])
        #expect(repeated["name"] as? String == "文")
        #expect((repeated["chapter"] as? String)?.hasPrefix("第3章 ") == true)
        #expect(repeated["value"] as? Double == 75 && repeated["limit"] as? Double == 100 && repeated["warning"] as? Double == 60)
        #expect(repeated["overrun"] as? Double == 15 && repeated["overrunPercent"] as? Double == 25 && repeated["unitLabel"] as? String == "字")
        // A volume is located at the limit it is counted against, not at its first section.
        let volume = try #require(measurements.first { $0["scope"] as? String == "volume" })
        #expect((volume["location"] as? [String: Any])?["path"] as? String == "Manuscript/limits.yaml")
        #expect((volume["location"] as? [String: Any])?["line"] as? Int == 13)
        #expect(volume["name"] as? String == "本編全体")

        let html = try String(contentsOf: reports.appendingPathComponent("brevity.html"), encoding: .utf8)
        #expect(html.contains("上限を超えた箇所（\(warnings.count)件）"))
        #expect(html.contains("<td class=\"volume\">本編・概要版</td>"))
        #expect(html.contains("<h3>本編（いわき市地域共生ビジョン）</h3>") && html.contains("<h3>資料編（いわき市地域共生ビジョン 資料編（別冊））</h3>")
                && html.contains("<h3>概要版（いわき市地域共生ビジョン 概要版）</h3>"))
        #expect(!html.contains("sentence &quot;") && !html.contains("section &quot;"), "subjects are named as printed, not by id")
    }

    @Test func responsibilitiesAreNamedByTheActor() throws {
        let work = try copy("role-tables")
        let limits = "limits:\n  - {scope: blocks, kind: roles, unit: characters, warning: 5, error: 8}\n"
        try Data(limits.utf8).write(to: work.appendingPathComponent("Manuscript/limits.yaml"))
        let edition = work.appendingPathComponent("Manuscript/edition.yaml")
        try String(contentsOf: edition, encoding: .utf8).replacingOccurrences(of: "  - stage: numbering\n", with: "  - stage: numbering\n  - stage: character-limits\n")
            .write(to: edition, atomically: true, encoding: .utf8)
        _ = try AssembleCommand.run(["check", "Manuscript", "--report"], in: work)
        let html = try String(contentsOf: work.appendingPathComponent("Output/reports/brevity.html"), encoding: .utf8)
        // 施策を進める (6) is over 5; 関心を持つ (5) is not.
        #expect(html.contains("<strong>行政の役割</strong>"), "\(html)")
        #expect(!html.contains("responsibility of"))
    }

    @Test func theSpreadsheetHasJapaneseHeadersWholeTextsAndEveryUnit() throws {
        let (work, _) = try sampleReport()
        let data = try Data(contentsOf: work.appendingPathComponent("Output/reports/brevity.csv"))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark for Excel")
        let csv = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "状態,巻,章,対象,本文,範囲,上限の単位,分量,注意の目安,上限,超過分,超過率（%）,文字数,全角換算（字）,原稿用紙（400字詰め・枚）,ページ,旧版,旧版からの増減,増減率（%）,ファイル,行,列")
        #expect(!csv.contains("…"), "texts are whole, not shortened as in messages")
        let sentence = try #require(lines.first { $0.contains("本人の意思を尊重し、子ども、高齢者、障が") })
        #expect(sentence.hasPrefix("注意,本編・概要版,第3章 "))
        #expect(sentence.contains(",文,字,75,60,100,15,25,75,75,"))
        #expect(lines.contains { $0.hasPrefix(",本編,,本編全体,,巻,,,,,,,") }, "every volume in every unit")
    }

    @Test func wholeTextsSpanningLinesAreQuotedForExcel() throws {
        let work = try copy("character-limits-release")
        try Data("id: a\ntitle: 概要\nblocks:\n  - list: [\"「支え合い」, \\\"共に\\\"\", 二つ目]\n".utf8).write(to: work.appendingPathComponent("Manuscript/s/a.yaml"))
        try Data("limits:\n  - {scope: blocks, kind: list, unit: characters, error: 5}\n".utf8).write(to: work.appendingPathComponent("Manuscript/limits.yaml"))
        let result = try AssembleCommand.run(["check", "Manuscript", "--report"], in: work)
        #expect(result.standardError.contains("error: list has 14 characters; limit 5"), "\(result.standardError)")
        let csv = try String(contentsOf: work.appendingPathComponent("Output/reports/brevity.csv"), encoding: .utf8)
        #expect(csv.contains("\r\n超過,テスト計画,概要,箇条書き,\"「支え合い」, \"\"共に\"\"\n二つ目\",箇条書き（一つずつ）,字,14,,5,9,180,"), "\(csv)")
    }

    @Test func theReportPrintsOnA4WithTheOverrunsFirst() throws {
        guard chromiumPresent() else { return }
        let (work, result) = try sampleReport()
        let warnings = result.standardError.components(separatedBy: "\n").filter { $0.hasSuffix("[character-limits]") }.count
        let page = work.appendingPathComponent("Output/reports/brevity.html")
        let dom = try chromium(["--dump-dom"], page: page)
        let list = try #require(dom.range(of: "<table class=\"overruns\">").map { String(dom[$0.lowerBound...]) })
        // The header row, then one row per finding.
        let rows = list.components(separatedBy: "</table>")[0].components(separatedBy: "<tr>").dropFirst(2)
        #expect(rows.count == warnings, "one row per finding of check")
        #expect(rows.contains { $0.contains("<strong>見出し「") }, "headings are named by their text")
        #expect(rows.contains { $0.contains("<strong>+15字</strong>（+25%）") && $0.contains("本編・概要版") })
        #expect(dom.range(of: "上限を超えた箇所")!.lowerBound < dom.range(of: "章ごとの分量と上限")!.lowerBound, "the over-limit items come first")

        let pdf = folder.url.appendingPathComponent("brevity.pdf")
        _ = try chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], page: page)
        let info = try ExternalTool.pdfinfo.run([pdf.path]).output
        let pages = Int(info.components(separatedBy: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect((2...5).contains(pages), "a handful of A4 pages, found \(pages)")
        #expect(info.contains("595.92 x 842.88 pts") || info.contains("595 x 842 pts") || info.contains("(A4)"), "\(info)")
        let text = try ExternalTool.pdftotext.run(["-layout", pdf.path, "-"]).output
        #expect(text.contains("上限を超えた箇所（\(warnings)件）"))
        #expect(text.contains("概要版（いわき市地域共生ビジョン 概要版）"))
    }

    /// Two small editions of one chapter: the new one says it in half the words.
    @Test func compareShowsEachVolumeAndChapterAgainstThePreviousEdition() throws {
        let work = try copy("character-limits-release")
        let old = work.appendingPathComponent("Old")
        try FileManager.default.copyItem(at: work.appendingPathComponent("Manuscript"), to: old)
        let paragraph = "地域福祉とは、住み慣れた地域で一人ひとりが安心して暮らせるよう、みんなで支え合うことです。"
        try Data("id: a\ntitle: 概要\nblocks:\n  - paragraph: \(paragraph)\(paragraph)\n".utf8).write(to: old.appendingPathComponent("s/a.yaml"))
        try Data("id: b\ntitle: 旧い章\nblocks:\n  - paragraph: 削られた章です。\n".utf8).write(to: old.appendingPathComponent("s/b.yaml"))
        let edition = old.appendingPathComponent("edition.yaml")
        try String(contentsOf: edition, encoding: .utf8).replacingOccurrences(of: "[s/a.yaml]", with: "[s/a.yaml, s/b.yaml]")
            .replacingOccurrences(of: "label: パブリックコメント版", with: "label: 前回素案").write(to: edition, atomically: true, encoding: .utf8)
        let result = try AssembleCommand.run(["check", "Manuscript", "--report", "--compare", "Old", "--compare-unit", "fullwidth-equivalent"], in: work)
        #expect(result.standardOutput.contains("wrote Output/reports/brevity.html"), "\(result.standardError)")
        let brevity = try json(work.appendingPathComponent("Output/reports/brevity.json"))
        let comparison = try #require(brevity["comparison"] as? [String: Any])
        #expect(comparison["previousEdition"] as? String == "前回素案")
        let vision = try #require((comparison["volumes"] as? [[String: Any]])?.first)
        let chapters = try #require(vision["chapters"] as? [[String: Any]])
        let kept = try #require((chapters.first { $0["id"] as? String == "a" }?["changes"] as? [[String: Any]])?.first)
        // 概要 (2) and the paragraph (45) against 概要 and the paragraph twice (92).
        #expect(kept["unit"] as? String == "fullwidth-equivalent")
        #expect(kept["old"] as? Double == 92 && kept["new"] as? Double == 47 && kept["change"] as? Double == -45 && kept["changePercent"] as? Double == -48.9)
        #expect(chapters.first { $0["id"] as? String == "b" }?["presence"] as? String == "removed")
        let total = try #require(((vision["total"] as? [String: Any])?["changes"] as? [[String: Any]])?.first)
        #expect(total["old"] as? Double == 92 + 11 && total["new"] as? Double == 47)
        let html = try String(contentsOf: work.appendingPathComponent("Output/reports/brevity.html"), encoding: .utf8)
        #expect(html.contains("<h2>旧版との比較（前回素案）</h2>"))
        #expect(html.contains("<td class=\"number\">92字</td><td class=\"number\">47字</td><td class=\"number\">−45字（−48.9%）</td>"))
        #expect(html.contains("<td class=\"number\">削除</td>"))
    }

    @Test func compareNeedsReportAndKnownUnits() throws {
        let work = try copy("character-limits-release")
        let alone = try AssembleCommand.run(["check", "Manuscript", "--compare", "Manuscript"], in: work)
        #expect(alone.status != 0 && alone.standardError.contains("--compare needs --report"))
        let unit = try AssembleCommand.run(["check", "Manuscript", "--report", "--compare", "Manuscript", "--compare-unit", "pagez"], in: work)
        #expect(unit.status != 0 && unit.standardError.contains("pagez"))
        let missing = try AssembleCommand.run(["check", "Manuscript", "--report", "--compare", "Nowhere"], in: work)
        #expect(missing.status == 1 && missing.standardError.contains("Nowhere"), "\(missing.standardError)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("Output").path), "no report without the comparison asked for")
        let edition = work.appendingPathComponent("Manuscript/edition.yaml")
        try String(contentsOf: edition, encoding: .utf8).replacingOccurrences(of: "  - stage: character-limits\n", with: "  - stage: character-limits\n    options: {report: false}\n")
            .write(to: edition, atomically: true, encoding: .utf8)
        let silent = try AssembleCommand.run(["check", "Manuscript", "--report", "--compare", "Manuscript"], in: work)
        #expect(silent.standardError.contains("Manuscript/edition.yaml:1:1: warning: nothing compared: the pipeline writes no brevity report"), "\(silent.standardError)")
    }
}
