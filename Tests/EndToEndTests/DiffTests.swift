import AssemblyTestSupport
import Foundation
import Testing

/// `assemble diff` between the sample and an earlier edition of it: the 新旧対照表 as users open it.
struct DiffTests {
    let folder: TemporaryFolder
    let old: URL

    /// The earlier edition: one sentence worded differently and one list item not yet written.
    init() throws {
        folder = try TemporaryFolder()
        old = folder.url.appendingPathComponent("Old")
        try FileManager.default.copyItem(at: AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript"), to: old)
        try edit("sections/01-overview.yaml", "人口減少と少子高齢化、核家族化が進み、地域のつながりは弱まっています。", "人口減少と高齢化が進み、地域のつながりは弱くなっています。")
        try edit("sections/04-promotion.yaml", "        - 地域共生社会推進会議で決定します。\n", "")
        try edit("edition.yaml", "label: 令和7年度 第3回", "label: 令和7年度 第2回")
    }

    func edit(_ path: String, _ before: String, _ after: String) throws {
        let url = old.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try #require(text.contains(before))
        try text.replacingOccurrences(of: before, with: after).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func theComparisonListsOnlyChangedLinesWithTheChangesUnderlined() throws {
        let manuscript = AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript").path
        let result = try AssembleCommand.run(["diff", old.path, manuscript, "--output", "Output", "--no-pdf"], in: folder.url)
        try #require(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "wrote Output/diff/iwaki-chiiki-kyosei-comparison.html\nwrote Output/diff/iwaki-chiiki-kyosei-comparison.docx\n")
        #expect(result.standardError.isEmpty, "warnings of either edition are not the comparison's business")
        let html = try String(contentsOf: folder.url.appendingPathComponent("Output/diff/iwaki-chiiki-kyosei-comparison.html"), encoding: .utf8)
        #expect(html.contains("<th scope=\"col\">新（令和7年度 第3回いわき市地域共生社会推進会議 提出案）</th><th scope=\"col\">旧（令和7年度 第2回いわき市地域共生社会推進会議 提出案）</th>"))
        #expect(html.contains("<td>人口減少と<ins>少子</ins>高齢<ins>化、核家族</ins>化が進み、地域のつながりは弱<ins>ま</ins>っています。価値観も多様になりました。</td><td>人口減少と高齢化が進み、地域のつながりは弱<del>くな</del>っています。価値観も多様になりました。</td>"))
        #expect(html.contains("<td><ins>3. 地域共生社会推進会議で決定します。</ins></td><td></td>"))
        #expect(!html.contains("第2章"), "unchanged chapters are left out")

        guard ExternalTool.python.isInstalled || ExternalTool.isCI else { return }
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            assert [c.text for c in d.tables[0].rows[0].cells] == ["新（令和7年度 第3回いわき市地域共生社会推進会議 提出案）", "旧（令和7年度 第2回いわき市地域共生社会推進会議 提出案）"]
            underlined = [r.text for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs if r.underline]
            assert underlined == ["少子", "化、核家族", "ま", "くな", "3. 地域共生社会推進会議で決定します。"], underlined
            """
        let (status, text) = try ExternalTool.python.run(["-c", script, folder.url.appendingPathComponent("Output/diff/iwaki-chiiki-kyosei-comparison.docx").path])
        #expect(status == 0, "\(text)")
    }

    @Test func aMissingEditionIsALocatedError() throws {
        let result = try AssembleCommand.run(["diff", "Nowhere", old.path], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("Nowhere/edition.yaml:1:1: error: no edition.yaml in the manuscript folder [manuscript]"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Output").path))
    }

    /// The editors' case: the old edition had a chapter the new one dropped, the new one adds a
    /// chapter at the end, and the chapters between were renumbered.
    @Test func rowsFollowReadingOrderAndRenumberedChaptersSaySo() throws {
        let new = folder.url.appendingPathComponent("New")
        try FileManager.default.copyItem(at: AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript"), to: new)
        try "id: history\ntitle: これまでの取り組み\nblocks:\n  - paragraph: 地区ごとの話し合いの場を広げてきました。\n"
            .write(to: old.appendingPathComponent("sections/02-history.yaml"), atomically: true, encoding: .utf8)
        try edit("edition.yaml", "      - sections/01-overview.yaml\n", "      - sections/01-overview.yaml\n      - sections/02-history.yaml\n")
        try edit("sections/02-principles.yaml", "        - 支え合い、誰もが安心できる地域をつくる", "        - 支え合い、安心できる地域をつくる")
        try "id: evaluation\ntitle: 評価と見直し\nblocks:\n  - paragraph: 毎年度、推進会議で進み具合を確かめます。\n"
            .write(to: new.appendingPathComponent("sections/05-evaluation.yaml"), atomically: true, encoding: .utf8)
        let edition = new.appendingPathComponent("edition.yaml")
        try String(contentsOf: edition, encoding: .utf8)
            .replacingOccurrences(of: "      - sections/04-promotion.yaml\n", with: "      - sections/04-promotion.yaml\n      - sections/05-evaluation.yaml\n")
            .write(to: edition, atomically: true, encoding: .utf8)

        // The page column comes from the new edition's PDF, where LibreOffice is installed (always in CI).
        let printing = ExternalTool.unoserver.isInstalled || ExternalTool.isCI
        let result = try AssembleCommand.run(["diff", old.path, new.path, "--output", "Output", printing ? "--pdf" : "--no-pdf"], in: folder.url)
        try #require(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: folder.url.appendingPathComponent("Output/diff/iwaki-chiiki-kyosei-comparison.html"), encoding: .utf8)
        let headings = html.components(separatedBy: "class=\"section\">").dropFirst().map { $0.components(separatedBy: "</th>")[0] }
        #expect(headings == [
            "第1章 このビジョンってどんなもの？（概要）",
            "第2章 これまでの取り組み（削除）",
            "第2章（旧第3章） このビジョンで目指すもの（基本的な考え方）",
            "第3章（旧第4章） このビジョンで進めていくもの（取り組みの方向性）",
            "第4章（旧第5章） このビジョンの進め方（推進方法）",
            "第5章 評価と見直し（新）",
        ], "rows follow reading order, the deleted chapter where it stood")
        #expect(html.contains("<p>章・資料の番号の変更：第2章（旧第3章） このビジョンで目指すもの（基本的な考え方）、第3章（旧第4章） このビジョンで進めていくもの（取り組みの方向性）、第4章（旧第5章） このビジョンの進め方（推進方法）</p>"))
        #expect(html.contains("<td>2. 支え合い、<ins>誰もが</ins>安心できる地域をつくる</td><td>2. 支え合い、安心できる地域をつくる</td>"), "ordered items keep their numbers")
        #expect(!html.contains("掲載箇所"), "usage lists that changed only by renumbering are left out")
        #expect(html.contains("<td colspan=\"2\">（番号の変更のみ）</td>"))
        if printing {
            // Pages in reading order: the vision's rows from its first body page on, none missing.
            let pages = html.components(separatedBy: "<td class=\"page\">").dropFirst().map { $0.components(separatedBy: "</td>")[0] }
            let numbers = pages.compactMap { Int($0) }
            #expect(!pages.isEmpty && numbers.count == pages.count, "\(pages)")
            #expect(numbers == numbers.sorted() && (numbers.first ?? 0) >= 3, "after the cover and contents: \(numbers)")
            #expect(html.contains("<th scope=\"col\" class=\"page\">ページ</th>"))
        }

        let all = try AssembleCommand.run(["diff", old.path, new.path, "--output", "All", "--renumbering", "--no-pdf"], in: folder.url)
        try #require(all.status == 0, "\(all.standardError)")
        let everything = try String(contentsOf: folder.url.appendingPathComponent("All/diff/iwaki-chiiki-kyosei-comparison.html"), encoding: .utf8)
        #expect(everything.contains("<span class=\"context\">【地域共生社会】</span>掲載箇所："), "a glossary row names its term")

        guard ExternalTool.python.isInstalled || ExternalTool.isCI else { return }
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
            assert headings == ["いわき市地域共生ビジョン 新旧対照表"], headings
            captions = [p.text for p in d.paragraphs if p.style.name == "Caption"]
            section = d.sections[0]
            assert section.orientation == 1 and section.page_width > section.page_height, "A4 landscape"
            table = d.tables[0]
            widths = [c.width for c in table.rows[0].cells]
            assert abs(widths[-1] - widths[-2]) <= 12700, widths  # 新 and 旧 equal, to a twip of rounding
            assert captions[1] == "第2章 これまでの取り組み（削除）", captions
            assert len(captions) == len(set(captions)), captions
            """
        let (status, text) = try ExternalTool.python.run(["-c", script, folder.url.appendingPathComponent("Output/diff/iwaki-chiiki-kyosei-comparison.docx").path])
        #expect(status == 0, "\(text)")
    }
}
