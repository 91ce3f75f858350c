import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

/// Builds the public-comment release of the sample and checks every file in it with the tools
/// readers and staff use: unzip, sha256sum, epubcheck, python-docx, LibreOffice's PDFs, a QR reader.
@Suite(.serialized)
struct ReleaseTests {
    static let packageName = "iwaki-chiiki-kyosei-public-comment-2026-03-19"
    static let manuscript = AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript").path
    let folder: TemporaryFolder
    let zip: URL
    let release: AssembleCommand.Result

    init() throws {
        folder = try TemporaryFolder()
        release = try AssembleCommand.run(["release", Self.manuscript, "--status", "public-comment", "--output", "Output"], in: folder.url)
        try #require(release.status == 0, "\(release.standardError)")
        zip = folder.url.appendingPathComponent("Output/release/\(Self.packageName).zip")
    }

    func toolsPresent(_ tools: [ExternalTool], _ why: String) -> Bool {
        if tools.allSatisfy(\.isInstalled) { return true }
        if ExternalTool.isCI { Issue.record("\(why): tool missing in CI") } else { print("note: skipped, \(why): tool not installed") }
        return false
    }

    /// Unpacks the zip with unzip and returns the package folder.
    func unpacked() throws -> URL {
        let target = folder.url.appendingPathComponent("unpacked")
        let (status, text) = try ExternalTool.unzip.run(["-q", zip.path, "-d", target.path])
        try #require(status == 0, "\(text)")
        return target.appendingPathComponent(Self.packageName)
    }

    func files(in package: URL, ending suffix: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: package.path).filter { $0.hasSuffix(suffix) }.sorted()
            .map { package.appendingPathComponent($0) }
    }

    @Test func zipTestsCleanAndEveryChecksumVerifies() throws {
        guard toolsPresent([.unzip, .sha256sum], "unzip and sha256sum") else { return }
        #expect(release.standardOutput == "wrote Output/release/\(Self.packageName).zip\n")
        let (testStatus, testOutput) = try ExternalTool.unzip.run(["-t", zip.path])
        #expect(testStatus == 0 && testOutput.contains("No errors detected"), "\(testOutput)")
        let package = try unpacked()
        let (status, output) = try ExternalTool.sha256sum.run(["-c", "--strict", "SHA256SUMS"], in: package)
        #expect(status == 0, "\(output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: package.path).sorted()
        #expect(names == [
            "SHA256SUMS",
            "iwaki-chiiki-kyosei-appendix.docx", "iwaki-chiiki-kyosei-appendix.epub", "iwaki-chiiki-kyosei-appendix.pdf",
            "iwaki-chiiki-kyosei-opinion-form.docx", "iwaki-chiiki-kyosei-opinion-form.pdf",
            "iwaki-chiiki-kyosei-summary.docx", "iwaki-chiiki-kyosei-summary.epub", "iwaki-chiiki-kyosei-summary.pdf",
            "iwaki-chiiki-kyosei-vision.docx", "iwaki-chiiki-kyosei-vision.epub", "iwaki-chiiki-kyosei-vision.pdf",
            "manifest.json",
        ])
        #expect(output.split(separator: "\n").count == names.count - 1, "every file but SHA256SUMS is listed")
    }

    @Test func manifestNamesTheEditionAndEveryFileWithItsSizeAndDigest() throws {
        guard toolsPresent([.unzip], "unzip") else { return }
        let package = try unpacked()
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: package.appendingPathComponent("manifest.json"))) as? [String: Any]
        #expect(manifest?["status"] as? String == "public-comment")
        #expect(manifest?["editionDate"] as? String == "2026-03-19")
        #expect(manifest?["built"] as? String == "2026-03-19T00:00:00Z")
        // The human-readable fields read as the volumes print them.
        #expect(manifest?["printedTitle"] as? String == "いわき市地域共生ビジョン（案）")
        #expect(manifest?["printedDate"] as? String == "令和8年3月19日")
        #expect(manifest?["printedCommentPeriod"] as? String == "令和8年12月1日から令和8年12月31日まで")
        let files = manifest?["files"] as? [[String: Any]] ?? []
        #expect(files.count == 11)
        for file in files {
            let path = try #require(file["path"] as? String)
            let size = try FileManager.default.attributesOfItem(atPath: package.appendingPathComponent(path).path)[.size] as? Int
            #expect(file["bytes"] as? Int == size, "\(path)")
            #expect((file["sha256"] as? String)?.count == 64)
        }
    }

    @Test func everyEPUBPassesEPUBCheck() throws {
        guard toolsPresent([.unzip, .java, ExternalTool(path: ExternalTool.epubcheckJar)], "epubcheck") else { return }
        let epubs = try files(in: try unpacked(), ending: ".epub")
        #expect(epubs.count == 3)
        for epub in epubs {
            let (status, text) = try ExternalTool.java.run(["-jar", ExternalTool.epubcheckJar, epub.path])
            #expect(status == 0 && text.contains("No errors or warnings detected"), "\(epub.lastPathComponent): \(text)")
        }
    }

    @Test func everyDOCXOpensAndTheOpinionFormListsTheManuscriptsSections() throws {
        guard toolsPresent([.unzip, .python], "python3-docx") else { return }
        let package = try unpacked()
        for document in try files(in: package, ending: ".docx") {
            let (status, text) = try ExternalTool.python.run(["-c", "import sys, docx; d = docx.Document(sys.argv[1]); assert d.paragraphs", document.path])
            #expect(status == 0, "\(document.lastPathComponent): \(text)")
        }
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
            text = "\\n".join(p.text for p in d.paragraphs) + "\\n" + "\\n".join(cells)
            for needed in ["意見提出用紙", "氏名（団体の場合は名称と代表者名）", "住所（所在地）", "電話番号またはメールアドレス",
                           "本編：第1章 このビジョンってどんなもの？（概要）／", "／第4章 このビジョンの進め方（推進方法）",
                           "資料編：資料1 ", "／資料5 用語集", "概要版：第1章 ", "令和8年12月1日から令和8年12月31日まで"]:
                assert needed in text, needed
            assert "あ行" not in text, "generated glossary rows are not chapters to name"
            header = [c.text for c in d.tables[-1].rows[0].cells]
            assert header == ["No.", "該当箇所（ページ・項目）", "ご意見（理由があれば併せてお書きください）"], header
            assert [r.cells[0].text for r in d.tables[-1].rows[1:]] == ["1", "2", "3", "4"]
            xml = d.element.xml
            assert xml.count("<w14:checkbox>") == 4, xml.count("<w14:checkbox>")
            """
        let (status, text) = try ExternalTool.python.run(["-c", script, package.appendingPathComponent("iwaki-chiiki-kyosei-opinion-form.docx").path])
        #expect(status == 0, "\(text)")
    }

    @Test func everyPDFComesFromLibreOfficeWithTheBuildDateAndText() throws {
        guard toolsPresent([.unzip, .pdfinfo, .pdftotext], "poppler-utils") else { return }
        let package = try unpacked()
        let pdfs = try files(in: package, ending: ".pdf")
        #expect(pdfs.count == 4)
        for pdf in pdfs {
            let info = try ExternalTool.pdfinfo.run([pdf.path]).output
            #expect(info.contains("Producer:") && info.contains("LibreOffice"), "\(info)")
            #expect(info.contains("CreationDate:    Thu Mar 19 00:00:00 2026 UTC"), "\(info)")
            let text = try ExternalTool.pdftotext.run([pdf.path, "-"]).output.replacingOccurrences(of: " ", with: "")
            #expect(text.contains("いわき市地域共生ビジョン（案）"), "\(pdf.lastPathComponent): volumes and the opinion form agree on the title")
            #expect(!text.contains("（案）（案）"), "\(pdf.lastPathComponent)")
            if pdf.lastPathComponent.hasSuffix("opinion-form.pdf") {
                let pages = info.components(separatedBy: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last.flatMap { Int($0) }
                #expect(pages.map { (1...2).contains($0) } == true, "the opinion form fits on one or two A4 pages: \(info)")
            }
        }
    }

    @Test func qrCodesReadBackAsThePlanAddressesAndPrintAtLeast20mm() throws {
        guard toolsPresent([.unzip, .zbarimg, .python], "zbar-tools and python3-docx") else { return }
        let package = try unpacked()
        let media = folder.url.appendingPathComponent("vision-docx")
        _ = try ExternalTool.unzip.run(["-q", package.appendingPathComponent("iwaki-chiiki-kyosei-vision.docx").path, "word/media/*", "-d", media.path])
        var decoded: [String] = []
        for image in try files(in: media.appendingPathComponent("word/media"), ending: ".png") {
            let (status, text) = try ExternalTool.zbarimg.run(["-q", "--raw", image.path])
            // zbarimg may also print D-Bus noise; the decoded text is the last line.
            if status == 0, let last = text.split(separator: "\n").last { decoded.append(String(last)) }
        }
        #expect(decoded.sorted() == ["kenkou21", "kodomo", "koureisha", "machizukuri", "shougaisha", "inochi"].map { "https://www.city.iwaki.lg.jp/plans/\($0)" }.sorted())
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            qr = [s for s in d.inline_shapes if s.width.mm < 50]
            assert len(qr) == 6, len(qr)
            for s in qr:
                # 8 pixels a module, 4 quiet modules a side: the symbol itself must print at 20 mm or more.
                png = d.part.related_parts[s._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
                modules = int.from_bytes(png[16:20], "big") // 8
                symbol = s.width.mm * (modules - 8) / modules
                assert symbol >= 19.99, (modules, s.width.mm, symbol)
            alts = [s._inline.docPr.get("descr") for s in qr]
            assert "高齢者保健福祉計画の掲載ページへのQRコード" in alts, alts
            """
        let (status, text) = try ExternalTool.python.run(["-c", script, package.appendingPathComponent("iwaki-chiiki-kyosei-vision.docx").path])
        #expect(status == 0, "\(text)")
    }

    @Test func thePackageIsByteReproducibleAcrossTimeZones() throws {
        let again = try AssembleCommand.run(["release", Self.manuscript, "--status", "public-comment", "--output", "Again"], in: folder.url,
                                            environment: ["TZ": "America/Los_Angeles"])
        try #require(again.status == 0, "\(again.standardError)")
        let second = folder.url.appendingPathComponent("Again/release/\(Self.packageName).zip")
        #expect(try Data(contentsOf: zip) == Data(contentsOf: second))
    }

    /// The package holds the PDFs `build` makes for the same edition, byte for byte.
    @Test func thePackagesPDFsAreTheBuildsPDFs() throws {
        guard toolsPresent([.soffice, .unoserver, .unzip], "LibreOffice") else { return }
        let build = try AssembleCommand.run(["build", Self.manuscript, "--status", "public-comment", "--output", "Built", "--pdf"], in: folder.url)
        try #require(build.status == 0, "\(build.standardError)")
        let reader = try ZipReader(path: zip.path)
        for volume in ["vision", "appendix", "summary"] {
            let name = "iwaki-chiiki-kyosei-\(volume).pdf"
            let built = try Data(contentsOf: folder.url.appendingPathComponent("Built/\(name)"))
            #expect(try reader.data(named: "\(Self.packageName)/\(name)") == built, "\(name)")
        }
    }

    @Test func withoutLibreOfficeThePackageSaysWhyThereAreNoPDFs() throws {
        let result = try AssembleCommand.run(["release", Self.manuscript, "--status", "public-comment", "--output", "NoPDF"], in: folder.url,
                                             environment: ["PATH": folder.url.appendingPathComponent("empty-path").path])
        try #require(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("note: PDF files are not included: LibreOffice (soffice) with unoserver was not installed"))
        let reader = try ZipReader(path: folder.url.appendingPathComponent("NoPDF/release/\(Self.packageName).zip").path)
        let names = reader.entries.map(\.name)
        #expect(names.contains("\(Self.packageName)/NO-PDF.txt"))
        #expect(!names.contains { $0.hasSuffix(".pdf") })
    }

    @Test func aDraftIsRefusedAtItsStatusLine() throws {
        let result = try AssembleCommand.run(["release", "Manuscript", "--output", "Draft"], in: AssembleCommand.repositoryRoot)
        #expect(result.status == 1)
        #expect(result.standardError.contains("Manuscript/edition.yaml:5:9: error: a release needs status public-comment or final, and this edition is a draft; set it in edition.yaml or pass --status public-comment [release]"),
                "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: AssembleCommand.repositoryRoot.appendingPathComponent("Draft").path))
    }

    @Test func aFailingLibreOfficeStopsTheReleaseWithoutWritingIt() throws {
        let bin = folder.url.appendingPathComponent("broken-bin")
        try folder.write("broken-bin/unoconvert", Data("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n".utf8))
        chmod(bin.appendingPathComponent("unoconvert").path, 0o755)
        let result = try AssembleCommand.run(["release", Self.manuscript, "--status", "public-comment", "--output", "Broken"], in: folder.url,
                                             environment: ["PATH": "\(bin.path):/usr/local/bin:/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: LibreOffice could not convert iwaki-chiiki-kyosei-vision.docx to PDF (exit 1): Error: source file could not be loaded"),
                "\(result.standardError)")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Broken").path)) ?? []
        #expect(left.isEmpty, "nothing but the empty output folder: \(left)")
    }
}
