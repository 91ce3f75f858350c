import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

/// `assemble build` with LibreOffice: a tagged PDF per volume, checked with poppler as a reader's
/// viewer and a screen reader see it. Every test runs over each manuscript in `manuscripts`.
@Suite(.serialized)
struct PDFOutputTests {
    /// The sample, and a second plan when its fixture exists.
    static let manuscripts: [String] = ["Manuscript", "Tests/EndToEndTests/Fixtures/shakyo-plan/Manuscript"].filter {
        FileManager.default.fileExists(atPath: AssembleCommand.repositoryRoot.appendingPathComponent("\($0)/edition.yaml").path)
    }

    /// One build per manuscript and flag, shared by the tests: a build with PDFs takes LibreOffice's time.
    final class Built: @unchecked Sendable {
        let folder: TemporaryFolder
        let output: URL
        let result: AssembleCommand.Result
        init(_ manuscript: String, _ flags: [String]) throws {
            folder = try TemporaryFolder()
            output = folder.url.appendingPathComponent("Output")
            let path = AssembleCommand.repositoryRoot.appendingPathComponent(manuscript).path
            result = try AssembleCommand.run(["build", path, "--output", output.path] + flags, in: folder.url)
        }
        func files(ending suffix: String) -> [URL] {
            ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
                .map { output.appendingPathComponent($0) }
        }
    }
    private static let lock = NSLock()
    private nonisolated(unsafe) static var cache: [String: Built] = [:]

    static func build(_ manuscript: String, _ flags: [String] = ["--pdf"]) throws -> Built {
        lock.lock()
        defer { lock.unlock() }
        let key = ([manuscript] + flags).joined(separator: " ")
        if let built = cache[key] { return built }
        let built = try Built(manuscript, flags)
        cache[key] = built
        return built
    }

    /// LibreOffice and poppler are installed in CI; a developer machine without them skips.
    func toolsPresent() -> Bool {
        let tools: [ExternalTool] = [.soffice, .unoserver, .pdfinfo, .pdftotext, .pdffonts]
        if tools.allSatisfy(\.isInstalled) { return true }
        if ExternalTool.isCI { Issue.record("PDF output: LibreOffice, unoserver or poppler missing in CI") } else { print("note: skipped, PDF output: tool not installed") }
        return false
    }

    func built(_ manuscript: String, _ flags: [String] = ["--pdf"]) throws -> Built {
        let built = try Self.build(manuscript, flags)
        try #require(built.result.status == 0, "\(built.result.standardError)")
        return built
    }

    static func unescaped(_ xml: String) -> String {
        xml.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func compact(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }

    func pageText(_ pdf: URL, _ page: Int, layout: Bool = false) throws -> String {
        try ExternalTool.pdftotext.run((layout ? ["-layout"] : []) + ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).output
    }

    /// The 概要版 is a booklet: its cover, then the chapters running on, with no contents page.
    static func isBooklet(_ pdf: URL) -> Bool { pdf.deletingPathExtension().lastPathComponent.hasSuffix("-summary") }

    func pageCount(_ pdf: URL) throws -> Int {
        let info = try ExternalTool.pdfinfo.run([pdf.path]).output
        return Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
    }

    @Test(arguments: manuscripts) func everyVolumeHasAPDFBesideItsEPUBAndDOCX(manuscript: String) throws {
        guard toolsPresent() else { return }
        let build = try built(manuscript)
        let stems = { (suffix: String) in Set(build.files(ending: suffix).map { $0.deletingPathExtension().lastPathComponent }) }
        #expect(!stems(".pdf").isEmpty)
        #expect(stems(".pdf") == stems(".docx") && stems(".pdf") == stems(".epub"))
        for pdf in build.files(ending: ".pdf") {
            #expect(build.result.standardOutput.contains("wrote \(pdf.path)\n"), "\(build.result.standardOutput)")
        }
    }

    /// Page 2 is the table of contents: each entry's page is where pdftotext finds that heading, and a
    /// chapter's page begins with it.
    @Test(arguments: manuscripts) func theContentsGiveThePagesTheHeadingsArePrintedOn(manuscript: String) throws {
        guard toolsPresent() else { return }
        let entry = try Regex(#"^(\S.*?)\s*\.{3,}\s*(\d+)$"#)
        for pdf in try built(manuscript).files(ending: ".pdf") {
            let contents = try pageText(pdf, 2, layout: true)
            if Self.isBooklet(pdf) {
                // No contents: page 2 begins with the first chapter.
                #expect(!contents.contains("目次") && !contents.contains("....."), "\(pdf.lastPathComponent): \(contents)")
                continue
            }
            #expect(contents.contains("目次"), "\(pdf.lastPathComponent)")
            let lines = contents.split(separator: "\n").map { String($0) }
            var chapters = 0
            for line in lines {
                guard let match = line.trimmingCharacters(in: .whitespaces).wholeMatch(of: entry),
                      let page = Int(match.output[2].substring ?? "") else { continue }
                let title = Self.compact(String(match.output[1].substring ?? ""))
                let printed = Self.compact(try pageText(pdf, page))
                let isChapter = !line.hasPrefix(" ")
                if isChapter { chapters += 1 }
                #expect(isChapter ? printed.hasPrefix(title) : printed.contains(title),
                        "\(pdf.lastPathComponent): «\(title)» is listed on page \(page), which reads «\(printed.prefix(60))»")
            }
            #expect(chapters > 0, "\(pdf.lastPathComponent): no chapter in the contents: \(contents)")
        }
    }

    /// A justified line that ends in a hard break is spread across the width, and pdftotext then
    /// shows its characters one space apart (「第 3 章 こ の ビ ジ ョ ン…」): headings broken at a phrase
    /// boundary and paragraphs with a line break are set flush left, so no printed line reads so.
    @Test(arguments: manuscripts) func noLineIsStretchedCharacterByCharacter(manuscript: String) throws {
        guard toolsPresent() else { return }
        let stretched = try Regex(#"(?:[\p{Han}\p{Hiragana}\p{Katakana}ー] ){6,}"#)
        for pdf in try built(manuscript).files(ending: ".pdf") {
            let text = try ExternalTool.pdftotext.run(["-layout", pdf.path, "-"]).output
            for line in text.split(separator: "\n") where line.contains(stretched) {
                Issue.record("\(pdf.lastPathComponent): a line is stretched: «\(line)»")
            }
        }
    }

    @Test(arguments: manuscripts) func pdfsAreTaggedWithTitleLanguageAndHeadings(manuscript: String) throws {
        guard toolsPresent() else { return }
        for pdf in try built(manuscript).files(ending: ".pdf") {
            let info = try ExternalTool.pdfinfo.run([pdf.path]).output
            #expect(info.contains("Tagged:          yes"), "\(pdf.lastPathComponent): \(info)")
            let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
            #expect(bytes.contains("/Lang(ja-JP)") && bytes.contains("/DisplayDocTitle true"), "\(pdf.lastPathComponent)")
            let structure = try ExternalTool.pdfinfo.run(["-struct-text", pdf.path]).output
            #expect(structure.contains("H1 (block)") && structure.contains("TOC") != Self.isBooklet(pdf), "\(pdf.lastPathComponent)")
            // The title page's title is the first heading, and the document title begins with it.
            let title = info.split(separator: "\n").first { $0.hasPrefix("Title:") }.map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) } ?? ""
            let firstHeading = (structure.components(separatedBy: "H1 (block)").dropFirst().first ?? "").components(separatedBy: "(block)")[0]
            let headingText = firstHeading.split(separator: "\n").filter { $0.contains("\"") }.map { $0.replacingOccurrences(of: "\"", with: "") }.joined()
            // A draft's printed titles end in （案）: the volume's title after the plan's name, the cover's after the plan's.
            let draft = "（案）"
            let plain = { (text: String) in Self.compact(text.hasSuffix(draft) ? String(text.dropLast(draft.count)) : text) }
            #expect(!title.isEmpty && !headingText.isEmpty && plain(title).hasPrefix(plain(headingText)) && title.hasSuffix(draft) == headingText.hasSuffix(draft),
                    "\(pdf.lastPathComponent): the first H1 «\(headingText)» does not begin the title «\(title)»")
        }
    }

    @Test func theVisionTagsSectionsTablesAndFiguresWithAltText() throws {
        guard toolsPresent() else { return }
        let pdf = try built("Manuscript").output.appendingPathComponent("iwaki-chiiki-kyosei-vision.pdf")
        let structure = try ExternalTool.pdfinfo.run(["-struct", pdf.path]).output
        for element in ["H1 (block)", "H2 (block)", "Table", "TH:", "TD:", "Figure:"] {
            #expect(structure.contains(element), "no \(element) in the structure")
        }
        // Alt text is a UTF-16 string on the Figure element; poppler does not print it, so it is read here.
        let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let alts = bytes.matches(of: try Regex(#"/S/Figure\s[^>]*?/Alt<FEFF([0-9A-F]+)>"#)).compactMap { match -> String? in
            guard let hex = match.output[1].substring else { return nil }
            var units: [UInt16] = []
            var index = hex.startIndex
            while let end = hex.index(index, offsetBy: 4, limitedBy: hex.endIndex), index != end {
                units.append(UInt16(hex[index..<end], radix: 16) ?? 0)
                index = end
            }
            return String(decoding: units, as: UTF16.self)
        }
        #expect(alts.contains { $0.contains("QRコード") }, "\(alts)")
        // The population chart is a native Word chart: LibreOffice tags it as a Figure (one beside the
        // QR codes' six), and its DOCX frame carries the alt text for Word and screen readers there.
        #expect(bytes.components(separatedBy: "/S/Figure\n").count - 1 == alts.count + 1, "\(alts)")
        let document = try ZipReader(path: built("Manuscript").output.appendingPathComponent("iwaki-chiiki-kyosei-vision.docx").path).text(named: "word/document.xml")
        #expect(document.contains("descr=\"2018年から2023年までの本市の総人口と高齢者数"))
        withKnownIssue("LibreOffice 7.4 drops a DOCX chart's descr on import, so the chart's Figure has no /Alt") {
            #expect(alts.contains { $0.hasPrefix("2018年から2023年までの本市の総人口と高齢者数") }, "\(alts)")
        }
    }

    /// A reference to another volume leads to that volume's PDF beside this one, never to the folder
    /// the PDF was made in.
    @Test func referencesToTheOtherVolumeLinkToItsPDF() throws {
        guard toolsPresent() else { return }
        let build = try built("Manuscript")
        let links = String(decoding: try Data(contentsOf: build.output.appendingPathComponent("iwaki-chiiki-kyosei-vision.pdf")), as: UTF8.self)
            .matches(of: try Regex(#"/URI\(([^)]*)\)"#)).map { String($0.output[1].substring ?? "") }
        // Each names the referenced heading's bookmark, as the DOCX does. The PDFs carry no named
        // destinations: LibreOffice would export its contents' bookmarks too, whose names are random
        // per run, and the PDFs must stay byte-reproducible.
        let fragments = links.compactMap { link -> String? in
            link.hasPrefix("iwaki-chiiki-kyosei-appendix.pdf#_Ref") ? String(link.split(separator: "#").last ?? "") : nil
        }
        #expect(!fragments.isEmpty, "\(links)")
        #expect(!links.contains { $0.hasPrefix("file:") || $0.contains(".docx") }, "\(links)")
        // The DOCX keeps its links to the other DOCX, at the same bookmarks.
        let rels = try ZipReader(path: build.output.appendingPathComponent("iwaki-chiiki-kyosei-vision.docx").path).text(named: "word/_rels/document.xml.rels")
        #expect(fragments.allSatisfy { rels.contains("Target=\"iwaki-chiiki-kyosei-appendix.docx#\($0)\"") }, "\(rels)")
    }

    @Test(arguments: manuscripts) func bodyIsInBIZUDMinchoAndHeadingsInBIZUDGothicEmbedded(manuscript: String) throws {
        guard toolsPresent() else { return }
        for pdf in try built(manuscript).files(ending: ".pdf") {
            let fonts = try ExternalTool.pdffonts.run([pdf.path]).output.split(separator: "\n").dropFirst(2)
            #expect(fonts.contains { $0.contains("+BIZUDMincho-") }, "\(pdf.lastPathComponent): \(fonts)")
            #expect(fonts.contains { $0.contains("+BIZUDGothic-") }, "\(pdf.lastPathComponent): \(fonts)")
            #expect(!fonts.contains { $0.contains("Noto") }, "\(pdf.lastPathComponent): a fallback font: \(fonts)")
            for font in fonts {
                let columns = font.split(separator: " ", omittingEmptySubsequences: true)
                #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(font)")
            }
        }
    }

    @Test(arguments: manuscripts) func bodyPagesCarryTheirNumberInTheFooter(manuscript: String) throws {
        guard toolsPresent() else { return }
        for pdf in try built(manuscript).files(ending: ".pdf") {
            for page in 2...max(2, try pageCount(pdf)) {
                let last = try pageText(pdf, page).split(separator: "\n").map { Self.compact(String($0)) }.last { !$0.isEmpty }
                #expect(last == "\(page)", "\(pdf.lastPathComponent) page \(page) ends with «\(last ?? "")»")
            }
        }
    }

    /// Word shows the same pages before it updates the fields, and updates them on opening.
    @Test(arguments: manuscripts) func theDOCXContentsCarryThePDFsPageNumbers(manuscript: String) throws {
        guard toolsPresent() else { return }
        let build = try built(manuscript)
        for docx in build.files(ending: ".docx") {
            let reader = try ZipReader(path: docx.path)
            #expect(try reader.text(named: "word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"))
            let document = try reader.text(named: "word/document.xml")
            let cached = document.matches(of: try Regex(#"<w:pStyle w:val="TOC1"/>.*?<w:t[^>]*>([^<]*)</w:t>.*?PAGEREF.*?<w:t[^>]*>(\d+)</w:t>"#))
                .map { (Self.compact(Self.unescaped(String($0.output[1].substring ?? ""))), String($0.output[2].substring ?? "")) }
            let pdf = build.output.appendingPathComponent(docx.deletingPathExtension().lastPathComponent + ".pdf")
            if Self.isBooklet(pdf) {
                #expect(!document.contains("TOC1") && !document.contains("PAGEREF"), "\(docx.lastPathComponent): a booklet has no contents")
                continue
            }
            let contents = Self.compact(try pageText(pdf, 2))
            #expect(!cached.isEmpty, "\(docx.lastPathComponent) has no page numbers in its contents")
            for (title, page) in cached {
                #expect(contents.contains(title), "\(docx.lastPathComponent): «\(title)» is not in the PDF's contents")
                let printed = Self.compact(try pageText(pdf, Int(page) ?? 0))
                #expect(printed.hasPrefix(title), "\(docx.lastPathComponent): «\(title)» cached as page \(page)")
            }
        }
    }

    @Test(arguments: manuscripts) func pageLimitsCountTheRealPDFAndSaySo(manuscript: String) throws {
        guard toolsPresent() else { return }
        let build = try built(manuscript)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: build.output.appendingPathComponent("reports/brevity.json"))) as? [String: Any])
        let volumes = try #require(report["volumes"] as? [[String: Any]])
        for volume in volumes {
            let id = volume["id"] as? String ?? "?"
            let pdf = try #require(build.files(ending: "-\(id).pdf").first, "\(id)")
            #expect(volume["pages"] as? Double == Double(try pageCount(pdf)), "\(id)")
            #expect(volume["pagesCounted"] as? String == "measured", "\(id)")
        }
        let html = try String(contentsOf: build.output.appendingPathComponent("reports/brevity.html"), encoding: .utf8)
        #expect(html.contains("巻ごとの分量（ページ数：PDFの実測）") && html.contains("（実測/PDF）"))
    }

    /// Without LibreOffice the page limits estimate, within ±10% of what the PDF has.
    @Test(arguments: manuscripts) func theEstimateLandsWithinTenPercentOfThePDF(manuscript: String) throws {
        guard toolsPresent() else { return }
        let measured = try built(manuscript)
        let estimated = try built(manuscript, ["--no-pdf"])
        #expect(estimated.files(ending: ".pdf").isEmpty)
        func pages(_ build: Built) throws -> [String: Double] {
            let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: build.output.appendingPathComponent("reports/brevity.json"))) as? [String: Any])
            return Dictionary(uniqueKeysWithValues: (report["volumes"] as? [[String: Any]] ?? []).map { ($0["id"] as? String ?? "", $0["pages"] as? Double ?? 0) })
        }
        let real = try pages(measured), estimate = try pages(estimated)
        #expect(!real.isEmpty)
        for (id, pages) in real {
            let guess = try #require(estimate[id])
            #expect(abs(guess - pages) <= pages * 0.1, "\(id): estimated \(guess) pages, the PDF has \(pages)")
        }
        let html = try String(contentsOf: estimated.output.appendingPathComponent("reports/brevity.html"), encoding: .utf8)
        #expect(html.contains("巻ごとの分量（ページ数：推計）") && html.contains("（推計）"))
    }

    @Test func withoutLibreOfficeTheBuildSaysSoInOneLineAndWritesTheRest() throws {
        let folder = try TemporaryFolder()
        let manuscript = AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript").path
        let result = try AssembleCommand.run(["build", manuscript, "--output", "Out"], in: folder.url,
                                             environment: ["PATH": folder.url.appendingPathComponent("empty-path").path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").filter { $0.hasPrefix("note: ") } == [
            "note: no PDF volumes: LibreOffice with unoserver (soffice, unoserver, unoconvert) and poppler-utils (pdfinfo, pdftotext) are needed; run scripts/install-dependencies.sh",
        ])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Out").path)
        #expect(names.contains("iwaki-chiiki-kyosei-vision.docx") && !names.contains { $0.hasSuffix(".pdf") })

        let required = try AssembleCommand.run(["build", manuscript, "--output", "Required", "--pdf"], in: folder.url,
                                               environment: ["PATH": folder.url.appendingPathComponent("empty-path").path])
        #expect(required.status == 1)
        #expect(required.standardError.contains("error: --pdf asks for PDF volumes, and no PDF volumes: LibreOffice"), "\(required.standardError)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Required").path)) ?? []).isEmpty)
    }

    @Test func aFailingConversionIsAnErrorAndWritesNothing() throws {
        guard toolsPresent() else { return }
        let folder = try TemporaryFolder()
        let bin = folder.url.appendingPathComponent("broken-bin")
        try folder.write("broken-bin/unoconvert", Data("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n".utf8))
        chmod(bin.appendingPathComponent("unoconvert").path, 0o755)
        let manuscript = AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript").path
        let result = try AssembleCommand.run(["build", manuscript, "--output", "Broken"], in: folder.url,
                                             environment: ["PATH": "\(bin.path):/usr/local/bin:/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: LibreOffice could not convert iwaki-chiiki-kyosei-vision.docx to PDF (exit 1): Error: source file could not be loaded"),
                "\(result.standardError)")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Broken").path)) ?? []
        #expect(left.isEmpty, "nothing but the empty output folder: \(left)")
    }

    /// Ctrl-C or a CI timeout (SIGTERM) in the middle of a build leaves no LibreOffice behind.
    @Test(arguments: [SIGTERM, SIGINT]) func aStoppedBuildStopsItsLibreOffice(signal: Int32) throws {
        guard toolsPresent() else { return }
        let folder = try TemporaryFolder()
        let temporary = folder.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = AssembleCommand.executable
        process.arguments = ["build", AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript").path, "--output", "Out", "--pdf"]
        process.currentDirectoryURL = folder.url
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        /// Processes whose command line names the session's private folder under `temporary`.
        func officeProcesses() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { Int($0) != nil }.filter { pid in
                let line = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))).map { String(decoding: $0, as: UTF8.self) } ?? ""
                return line.contains(temporary.path)
            }
        }
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline && officeProcesses().count < 2 && process.isRunning { usleep(200_000) }
        try #require(process.isRunning && officeProcesses().count >= 2, "unoserver and LibreOffice did not start")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let settle = Date().addingTimeInterval(15)
        while Date() < settle && !officeProcesses().isEmpty { usleep(200_000) }
        #expect(officeProcesses().isEmpty, "left running: \(officeProcesses())")
        let written = ((try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Out").path)) ?? []).filter { !$0.hasPrefix(".staging") }
        #expect(written.isEmpty, "\(written)")
    }
}
