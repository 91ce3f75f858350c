import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

/// The web edition as readers get it: `assemble build --html` on the sample and on the shakyo-plan
/// fixture, every page (and every EPUB content file) checked with axe-core in headless Chromium
/// (scripts/axe-check.py, WCAG 2.1 A and AA), the text a browser shows and prints, and a fixture the
/// check must fail.
@Suite(.serialized)
struct WebEditionTests {
    static let volumes = ["vision", "appendix", "summary"]
    static let axeCheck = AssembleCommand.repositoryRoot.appendingPathComponent("scripts/axe-check.py")

    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// Builds a copy of a manuscript with `--html --no-pdf`; returns the output folder.
    func build(_ manuscript: URL, name: String) throws -> URL {
        let work = folder.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: manuscript, to: work.appendingPathComponent("Manuscript"))
        let result = try AssembleCommand.run(["build", "Manuscript", "--html", "--no-pdf"], in: work)
        try #require(result.status == 0, "\(result.standardError)")
        return work.appendingPathComponent("Output")
    }

    func sample() throws -> URL { try build(AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript"), name: "sample") }

    /// Where scripts/install-dependencies.sh keeps axe-core, as scripts/axe-check.py finds it.
    static var axeScript: String {
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["AXE_CORE_CACHE"]
            ?? ((environment["XDG_CACHE_HOME"] ?? (NSHomeDirectory() + "/.cache")) + "/assemble/axe-core-4.12.1")
        return cache + "/axe.min.js"
    }

    func browserPresent() -> Bool {
        let tools = [ExternalTool.chromium, ExternalTool.python, ExternalTool(path: "/usr/bin/chromedriver"), ExternalTool.pdftotext,
                     ExternalTool(path: Self.axeScript)]
        let seleniumPresent = ExternalTool.python.isInstalled && ((try? ExternalTool.python.run(["-c", "import selenium"]).status) == 0)
        if tools.allSatisfy(\.isInstalled) && seleniumPresent { return true }
        if ExternalTool.isCI { Issue.record("the web edition's browser checks: chromium, chromium-driver, python3-selenium, poppler or axe-core missing in CI") }
        else { print("note: skipped, chromium, chromium-driver, python3-selenium or axe-core (scripts/install-dependencies.sh) not installed") }
        return false
    }

    /// axe-check.py's report on the pages under `paths` (folders or files), and its exit status.
    func axe(_ paths: [URL], focusTerms: Bool = false) throws -> (status: Int32, pages: [[String: Any]], output: String) {
        let run = try ExternalTool(path: "/usr/bin/timeout").run(["600", ExternalTool.python.path, Self.axeCheck.path]
            + (focusTerms ? ["--focus-terms"] : []) + paths.map(\.path))
        let json = run.output.firstIndex(of: "{").map { String(run.output[$0...]) } ?? ""
        let report = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
        return (run.status, report?["pages"] as? [[String: Any]] ?? [], run.output)
    }

    /// The EPUB's content files, unzipped to open them as files.
    func unzipped(_ epub: URL) throws -> URL {
        let target = folder.url.appendingPathComponent("epub-\(epub.deletingPathExtension().lastPathComponent)")
        let zip = try ZipReader(path: epub.path)
        for entry in zip.entries where !entry.name.hasSuffix("/") {
            let file = target.appendingPathComponent(entry.name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try zip.data(named: entry.name).write(to: file)
        }
        return target.appendingPathComponent("EPUB")
    }

    func violations(_ pages: [[String: Any]]) -> [String] {
        pages.flatMap { page in
            (page["violations"] as? [[String: Any]] ?? []).map { violation in
                let nodes = (violation["nodes"] as? [[String: Any]] ?? []).compactMap { $0["html"] as? String }
                return "\(page["page"] ?? ""): \(violation["id"] ?? "") \(nodes.joined(separator: " | ").prefix(300))"
            }
        }
    }

    /// Runs headless Chromium on a page (``ExternalTool/headlessChromium(_:page:profiles:)``), which must succeed.
    func chromium(_ arguments: [String], page: URL) throws -> String {
        let run = try ExternalTool.headlessChromium(arguments, page: page, profiles: folder.url)
        #expect(run.status == 0, "chromium: \(run.output.suffix(2000))")
        return run.output
    }

    @Test func buildHTMLWritesAFolderPerVolumeWithAPagePerChapterAndPerMaterial() throws {
        let output = try sample()
        let entries = try FileManager.default.contentsOfDirectory(atPath: output.path)
        for volume in Self.volumes { #expect(entries.contains("iwaki-chiiki-kyosei-\(volume)-html"), "\(volume)") }
        func pages(_ volume: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("iwaki-chiiki-kyosei-\(volume)-html").path)
                .filter { $0.hasSuffix(".html") }.sorted()
        }
        #expect(try pages("vision") == ["directions.html", "index.html", "overview.html", "principles.html", "promotion.html"])
        #expect(try pages("appendix") == ["glossary.html", "hearings.html", "index.html", "meetings.html", "public-comment.html", "survey.html"])
        // The EPUBs, DOCX files and reports are still written beside the web edition.
        #expect(entries.contains("iwaki-chiiki-kyosei-vision.epub") && entries.contains("reports"))
    }

    @Test func everyPageOfTheSampleAndItsEPUBsHasNoAxeViolations() throws {
        let output = try sample()
        guard browserPresent() else { return }
        let epubs = try Self.volumes.map { try unzipped(output.appendingPathComponent("iwaki-chiiki-kyosei-\($0).epub")) }
        let sites = Self.volumes.map { output.appendingPathComponent("iwaki-chiiki-kyosei-\($0)-html") }
        let (status, pages, text) = try axe(sites + epubs, focusTerms: true)
        #expect(status == 0, "\(violations(pages)) \(text.suffix(1500))")
        #expect(violations(pages).isEmpty)
        // 5 + 6 + 5 web pages; the EPUBs' title, nav and section files.
        #expect(pages.filter { ($0["page"] as? String)?.hasSuffix(".html") == true }.count == 16)
        #expect(pages.filter { ($0["page"] as? String)?.hasSuffix(".xhtml") == true }.count == 6 + 7 + 6, "\(pages.count)")
        // By keyboard alone: Tab reaches the first glossary link, and its definition appears.
        let overview = try #require(pages.first { ($0["page"] as? String)?.hasSuffix("vision-html/overview.html") == true })
        let term = try #require(overview["focusedTerm"] as? [String: Any])
        #expect(term["focused"] as? Bool == true && term["hiddenBefore"] as? Bool == true && term["shownOnFocus"] as? Bool == true, "\(term)")
        // Esc hides it with focus still on the term (WCAG 1.4.13, dismissible).
        #expect(term["hiddenOnEscape"] as? Bool == true, "\(term)")
        #expect((term["definition"] as? String)?.hasPrefix("地域福祉計画：社会福祉法第107条に定める") == true, "\(term)")
    }

    @Test func everyPageOfTheShakyoPlanHasNoAxeViolations() throws {
        let output = try build(ShakyoPlanTests.manuscript, name: "shakyo")
        guard browserPresent() else { return }
        let epubs = try Self.volumes.map { try unzipped(output.appendingPathComponent("iwaki-shakyo-r6-plan-\($0).epub")) }
        let sites = Self.volumes.map { output.appendingPathComponent("iwaki-shakyo-r6-plan-\($0)-html") }
        let (status, pages, text) = try axe(sites + epubs)
        #expect(status == 0, "\(violations(pages)) \(text.suffix(1500))")
        #expect(violations(pages).isEmpty)
        #expect(pages.count > 20, "\(pages.count) pages")
    }

    /// The check must be able to fail: an image without alt text and a table without header cells.
    @Test func theCheckFailsOnAnInaccessiblePage() throws {
        let output = try build(CommandLineTests.fixtures.appendingPathComponent("web-inaccessible/Manuscript"), name: "broken")
        guard browserPresent() else { return }
        let (status, pages, text) = try axe([output.appendingPathComponent("t-vision-html")])
        #expect(status == 1, "\(text.suffix(1500))")
        let page = try #require(pages.first { ($0["page"] as? String)?.hasSuffix("a.html") == true })
        let found = (page["violations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }.sorted()
        #expect(found == ["image-alt", "td-has-header"], "\(violations(pages))")
    }

    /// What a browser shows: the DOM Chromium built from the pages.
    @Test func theBrowserShowsCaptionsDefinitionsAndNeighbours() throws {
        let output = try sample()
        guard browserPresent() else { return }
        let vision = output.appendingPathComponent("iwaki-chiiki-kyosei-vision-html")
        let overview = try chromium(["--dump-dom"], page: vision.appendingPathComponent("overview.html"))
        #expect(overview.contains("<html lang=\"ja\""))
        #expect(overview.contains("<caption><span class=\"number\">表1</span> 本市の人口と高齢者数の推移（各年の住民基本台帳による）</caption>"))
        #expect(overview.contains("<span class=\"pager-label\">次へ</span> 第2章 このビジョンで目指すもの（基本的な考え方）</a>"))
        #expect(overview.contains("<span class=\"pager-label\">前へ</span> 目次</a>"))
        #expect(overview.contains("href=\"../iwaki-chiiki-kyosei-appendix-html/glossary.html#glossary-term-"))
        // The term's short definition beside the link (shown on hover and focus).
        #expect(overview.contains("role=\"tooltip\" id=\"tip-1\"><strong>地域福祉計画</strong>：社会福祉法第107条に定める、市町村が地域福祉を進めるための計画。"))
        #expect(overview.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-graphic\" role=\"img\""))
        #expect(overview.contains("編集メモ"), "a draft shows its editor notes")
        let glossary = try chromium(["--dump-dom"], page: output.appendingPathComponent("iwaki-chiiki-kyosei-appendix-html/glossary.html"))
        #expect(glossary.contains("社会福祉法第107条に定める、市町村が地域福祉を進めるための計画です。このビジョンは本市の地域福祉計画に当たります。"),
                "the full definition at the entry")
        let index = try chromium(["--dump-dom"], page: vision.appendingPathComponent("index.html"))
        #expect(index.contains("いわき市地域共生ビジョン（案）</h1>"))
        #expect(index.contains("<a href=\"../iwaki-chiiki-kyosei-appendix-html/glossary.html\">資料5 用語集</a>"))
        #expect(index.contains("<a href=\"overview.html#"), "level-2 headings are listed")
    }

    /// What a reader prints: A4 pages with the text and the tables, without the page's navigation.
    @Test func thePrintStyleSheetPrintsTheTextWithoutNavigation() throws {
        let output = try sample()
        guard browserPresent() else { return }
        let pdf = folder.url.appendingPathComponent("overview.pdf")
        _ = try chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"],
                         page: output.appendingPathComponent("iwaki-chiiki-kyosei-vision-html/overview.html"))
        let info = try ExternalTool.pdfinfo.run([pdf.path]).output
        #expect(info.contains("Page size:       594.96 x 841.92 pts (A4)"), "\(info)")
        let text = try ExternalTool.pdftotext.run(["-layout", pdf.path, "-"]).output
        #expect(text.contains("第1章 このビジョンってどんなもの？（概要）"))
        #expect(text.contains("表1 本市の人口と高齢者数の推移"))
        #expect(text.contains("324,706人"))
        #expect(!text.contains("次へ") && !text.contains("本文へ移動"), "navigation is not printed")
        #expect(!text.contains("社会福祉法第107条に定める、市町村が"), "definitions are not printed in the line")
    }

    /// The site folder is replaced as a whole: a page of a section since removed does not stay.
    @Test func aRemovedSectionsPageDoesNotStayBehind() throws {
        let work = folder.url.appendingPathComponent("two")
        let edition = ManuscriptFixture.edition(vision: ["s/a.yaml", "s/b.yaml"]) + "outputs:\n  basename: t\n"
        try folder.write([
            "two/Manuscript/edition.yaml": edition,
            "two/Manuscript/s/a.yaml": "id: a\ntitle: 一\nblocks:\n  - paragraph: 本文です。\n",
            "two/Manuscript/s/b.yaml": "id: b\ntitle: 二\nblocks:\n  - paragraph: 本文です。\n",
            "two/Output/notes.txt": "a reader's notes",
        ])
        #expect(try AssembleCommand.run(["build", "Manuscript", "--html", "--no-pdf"], in: work).status == 0)
        let site = work.appendingPathComponent("Output/t-vision-html")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("b.html").path))
        try folder.write(["two/Manuscript/edition.yaml": ManuscriptFixture.edition(vision: ["s/a.yaml"]) + "outputs:\n  basename: t\n"])
        let again = try AssembleCommand.run(["build", "Manuscript", "--html", "--no-pdf"], in: work)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).sorted() == ["a.html", "index.html", "style.css"])
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("Output/notes.txt").path), "other files are kept")
        #expect(again.standardOutput.contains("wrote Output/t-vision-html/a.html\n"))
    }

    @Test func formatsInTheEditionTurnTheWebEditionOn() throws {
        let work = folder.url.appendingPathComponent("formats")
        try folder.write([
            "formats/Manuscript/edition.yaml": ManuscriptFixture.edition(vision: ["s/a.yaml"]) + "outputs:\n  basename: t\n  formats: [html]\n",
            "formats/Manuscript/s/a.yaml": "id: a\ntitle: 一\nblocks:\n  - paragraph: 本文です。\n",
        ])
        let result = try AssembleCommand.run(["build", "Manuscript", "--no-pdf"], in: work)
        #expect(result.status == 0, "\(result.standardError)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("Output").path).sorted()
        #expect(entries.contains("t-vision-html") && !entries.contains("t-vision.epub"), "\(entries)")
    }
}
