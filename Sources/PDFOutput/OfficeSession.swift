import Foundation
import Glibc
import ManuscriptCore

/// One LibreOffice for all the documents of a run: unoserver keeps it open, unoconvert hands it each
/// DOCX. Starting LibreOffice takes longer than converting a volume, so a run starts it once.
///
/// The server leads its own process group; ``stop()`` (also on deinit, and on SIGINT or SIGTERM)
/// ends that group, so no LibreOffice outlives the run.
public final class OfficeSession {
    /// The programs a session needs; all must be on PATH.
    public struct Tools: Sendable {
        let unoserver: URL
        let unoconvert: URL
        let pdfinfo: URL
        let pdftotext: URL
    }

    /// Said (as a note, not a failure) when `build` cannot make PDFs.
    public static let missingNote = "no PDF volumes: LibreOffice with unoserver (soffice, unoserver, unoconvert) and poppler-utils (pdfinfo, pdftotext) are needed; run scripts/install-dependencies.sh"

    /// LibreOffice takes a few seconds to start (unoserver itself waits 7 s); a slow CI machine more.
    static let startTimeoutSeconds = 180.0
    /// Large volumes take a while on a slow machine; a hung LibreOffice must not hang the run.
    static let conversionTimeoutSeconds = 600

    let tools: Tools
    let folder: URL
    let port: Int
    private var process: ServerProcess?

    /// The tools on PATH, or nil when one is missing.
    public static func locate() -> Tools? {
        guard ExternalProgram.find("soffice") != nil,
              let unoserver = ExternalProgram.find("unoserver"), let unoconvert = ExternalProgram.find("unoconvert"),
              let pdfinfo = ExternalProgram.find("pdfinfo"), let pdftotext = ExternalProgram.find("pdftotext") else { return nil }
        return Tools(unoserver: unoserver, unoconvert: unoconvert, pdfinfo: pdfinfo, pdftotext: pdftotext)
    }

    /// Starts unoserver with a private LibreOffice profile (so a LibreOffice the user has open does
    /// not take over) on free ports, and waits until it is ready.
    public init(tools: Tools) throws {
        self.tools = tools
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("assemble-office-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        port = try FreePort.find()
        let unoPort = try FreePort.find(excluding: port)
        let log = folder.appendingPathComponent("unoserver.log")
        let profile = folder.appendingPathComponent("profile", isDirectory: true)
        do {
            // UTC, so the dates LibreOffice writes have one length whatever the machine's zone.
            let server = try ServerProcess.start(tools.unoserver, arguments: [
                "--interface", "127.0.0.1", "--uno-interface", "127.0.0.1", "--port", "\(port)", "--uno-port", "\(unoPort)",
                "--user-installation", profile.path, "--logfile", log.path,
            ], log: log, environment: ["TZ": "UTC"])
            process = server
            try server.waitUntilReady(log: log, port: port, timeoutSeconds: Self.startTimeoutSeconds)
        } catch {
            stop()
            throw error
        }
    }

    deinit { stop() }

    /// A folder for the files a conversion starts from; removed with the session.
    public var scratch: URL { folder }

    /// Converts a DOCX to a tagged PDF (PDF/UA) with its table of contents updated, normalised so that
    /// converting the same DOCX again gives the same bytes, and reads its pages back.
    /// - parameter headings: the headings, in reading order, whose pages to find.
    public func convert(_ docx: URL, date: BuildDate, headings: [PDFHeading]) throws -> ConvertedPDF {
        let pdf = folder.appendingPathComponent(docx.deletingPathExtension().lastPathComponent + ".pdf")
        try? FileManager.default.removeItem(at: pdf)
        guard let server = process else { throw AssemblyError("LibreOffice (unoserver) is not running") }
        let errors = folder.appendingPathComponent("unoconvert.log")
        let status = try server.runClient(tools.unoconvert, arguments: [
            "--host", "127.0.0.1", "--port", "\(port)", "--host-location", "local", "--update-index",
            // Relative links stay relative: a link to the other volume's PDF, not to a temporary folder.
            "--filter-option", "UseTaggedPDF=true", "--filter-option", "PDFUACompliance=true", "--filter-option", "ExportLinksRelativeFsys=true",
            docx.path, pdf.path,
        ], output: errors, environment: ["TZ": "UTC"], timeoutSeconds: Self.conversionTimeoutSeconds)
        guard let status else {
            throw AssemblyError("LibreOffice did not finish converting \(docx.lastPathComponent) to PDF within \(Self.conversionTimeoutSeconds) seconds")
        }
        guard status == 0, let data = FileManager.default.contents(atPath: pdf.path), !data.isEmpty else {
            let detail = ((try? String(contentsOf: errors, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                .split(separator: "\n").last.map(String.init) ?? ""
            throw AssemblyError("LibreOffice could not convert \(docx.lastPathComponent) to PDF (exit \(status))"
                                + (detail.isEmpty ? "" : ": \(detail)"))
        }
        let normalized = PDFNormalizer.normalize(data, date: date)
        try normalized.write(to: pdf)
        let pages = try PDFPages.read(pdf, tools: tools, in: folder)
        return ConvertedPDF(data: normalized, pageCount: pages.count, headingPages: pages.firstPages(of: headings))
    }

    /// Ends unoserver and the LibreOffice it started; safe to call more than once.
    public func stop() {
        process?.stop()
        process = nil
        try? FileManager.default.removeItem(at: folder)
    }
}
