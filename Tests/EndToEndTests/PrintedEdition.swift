import AssemblyTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZipArchive

/// A manuscript built with `assemble build` and its DOCX volumes printed to PDF by LibreOffice, as a
/// city would print them; built once per manuscript and status and shared by the print tests.
final class PrintedEdition: @unchecked Sendable {
    let folder: TemporaryFolder
    let output: URL
    let build: AssembleCommand.Result

    private static let lock = NSLock()
    private static var cache: [String: PrintedEdition] = [:]
    private var pdfs: [String: URL] = [:]

    /// The manuscript folders the print tests run on: the sample, the print-layout fixture, and any
    /// second plan beside it (a fixture folder holding `Manuscript/`).
    static var manuscripts: [String] {
        let root = AssembleCommand.repositoryRoot
        let candidates = ["Manuscript", "Tests/EndToEndTests/Fixtures/print-layout/Manuscript",
                          "Tests/EndToEndTests/Fixtures/shakyo-plan/Manuscript", "Tests/EndToEndTests/Fixtures/shakyo-plan"]
        return candidates.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/edition.yaml").path) }
    }

    static func of(_ manuscript: String, status: String? = nil) throws -> PrintedEdition {
        lock.lock()
        defer { lock.unlock() }
        let key = "\(manuscript)|\(status ?? "")"
        if let printed = cache[key] { return printed }
        let printed = try PrintedEdition(manuscript: manuscript, status: status)
        cache[key] = printed
        return printed
    }

    private init(manuscript: String, status: String?) throws {
        folder = try TemporaryFolder()
        let path = manuscript.hasPrefix("/") ? manuscript : AssembleCommand.repositoryRoot.appendingPathComponent(manuscript).path
        build = try AssembleCommand.run(["build", path, "--output", "Output"] + (status.map { ["--status", $0] } ?? []), in: folder.url)
        output = folder.url.appendingPathComponent("Output")
    }

    /// The built DOCX files, by volume id.
    var volumes: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        return names.filter { $0.hasSuffix(".docx") }.sorted().map { name in
            String(name.dropLast(5).split(separator: "-").last ?? "")
        }
    }

    func docx(_ volume: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        guard let name = names.first(where: { $0.hasSuffix("-\(volume).docx") }) else { throw PrintError("no \(volume).docx in \(names)") }
        return output.appendingPathComponent(name)
    }

    func documentXML(_ volume: String) throws -> String {
        try ZipReader(path: docx(volume).path).text(named: "word/document.xml")
    }

    /// The volume printed by LibreOffice (a profile of its own, so parallel runs do not collide).
    func pdf(_ volume: String) throws -> URL {
        PrintedEdition.lock.lock()
        defer { PrintedEdition.lock.unlock() }
        if let pdf = pdfs[volume] { return pdf }
        let source = try docx(volume)
        let target = folder.url.appendingPathComponent("pdf")
        let profile = folder.url.appendingPathComponent("libreoffice-profile").absoluteString
        let (status, text) = try ExternalTool.soffice.run(["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
                                                          "--outdir", target.path, source.path])
        let pdf = target.appendingPathComponent(source.deletingPathExtension().lastPathComponent + ".pdf")
        guard status == 0, FileManager.default.fileExists(atPath: pdf.path) else { throw PrintError("LibreOffice: \(text)") }
        pdfs[volume] = pdf
        return pdf
    }

    /// Each page's text as `pdftotext -layout` lays it out.
    func pages(_ volume: String) throws -> [String] {
        let (status, text) = try ExternalTool.pdftotext.run(["-layout", try pdf(volume).path, "-"])
        guard status == 0 else { throw PrintError("pdftotext: \(text)") }
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// The words, lines and blocks of each page with their boxes (`pdftotext -bbox-layout`).
    func layout(_ volume: String) throws -> [PrintedPage] {
        let target = folder.url.appendingPathComponent("\(volume)-bbox.html")
        let (status, text) = try ExternalTool.pdftotext.run(["-bbox-layout", try pdf(volume).path, target.path])
        guard status == 0 else { throw PrintError("pdftotext: \(text)") }
        return try PrintedPage.read(Data(contentsOf: target))
    }
}

struct PrintError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One page of `pdftotext -bbox-layout`: its size and its text blocks, each a list of lines of words.
struct PrintedPage {
    struct Word {
        let text: String
        let xMin, yMin, xMax, yMax: Double
    }

    var width = 0.0, height = 0.0
    /// Blocks of lines; a line is its words left to right.
    var blocks: [[[Word]]] = []

    var lines: [[Word]] { blocks.flatMap { $0 } }
    /// Where the lowest text on the page ends, as a share of the page height.
    var textBottom: Double { (lines.flatMap { $0 }.map(\.yMax).max() ?? 0) / max(height, 1) }

    static func read(_ data: Data) throws -> [PrintedPage] {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { throw PrintError("unreadable bbox output: \(parser.parserError.map { "\($0)" } ?? "")") }
        return reader.pages
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var pages: [PrintedPage] = []
        var word: (attributes: [String: String], text: String)?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "page": pages.append(PrintedPage(width: Double(attributes["width"] ?? "") ?? 0, height: Double(attributes["height"] ?? "") ?? 0))
            case "block": pages[pages.count - 1].blocks.append([])
            case "line": pages[pages.count - 1].blocks[pages[pages.count - 1].blocks.count - 1].append([])
            case "word": word = (attributes, "")
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { word?.text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard name == "word", let word else { return }
            func value(_ key: String) -> Double { Double(word.attributes[key] ?? "") ?? 0 }
            let page = pages.count - 1, block = pages[page].blocks.count - 1, line = pages[page].blocks[block].count - 1
            pages[page].blocks[block][line].append(Word(text: word.text, xMin: value("xMin"), yMin: value("yMin"), xMax: value("xMax"), yMax: value("yMax")))
            self.word = nil
        }
    }
}
