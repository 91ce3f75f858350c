import Foundation
import ManuscriptCore

/// Converts DOCX files to PDF with LibreOffice, as a reader's office suite would print them.
public struct PDFConverter {
    let soffice: URL
    /// Large volumes take a while on a slow machine; a hung LibreOffice must not hang the release.
    static let timeoutSeconds = 600

    /// LibreOffice's `soffice` on PATH, or nil when it is not installed.
    public static func locate() -> PDFConverter? {
        ExternalProgram.find("soffice").map(PDFConverter.init)
    }

    /// Converts each file into `folder` and returns the PDFs' names and bytes in the same order,
    /// normalised so that converting the same DOCX again gives the same bytes.
    func convert(_ documents: [URL], in folder: URL, date: BuildDate) throws -> [(name: String, data: Data)] {
        let profile = folder.appendingPathComponent("libreoffice-profile")
        let output = folder.appendingPathComponent("pdf")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // A private profile, so a LibreOffice the user has open does not take over the conversion;
        // UTC, so the dates LibreOffice writes have one length whatever the machine's zone.
        let outcome = try ExternalProgram.run(
            soffice, arguments: ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                                 "--convert-to", "pdf", "--outdir", output.path] + documents.map(\.path),
            in: folder, timeoutSeconds: Self.timeoutSeconds, environment: ["TZ": "UTC"])
        if outcome.timedOut {
            throw AssemblyError("LibreOffice did not finish converting to PDF within \(Self.timeoutSeconds) seconds")
        }
        return try documents.map { document in
            let name = document.deletingPathExtension().lastPathComponent + ".pdf"
            let pdf = output.appendingPathComponent(name)
            guard outcome.status == 0, let data = FileManager.default.contents(atPath: pdf.path), !data.isEmpty else {
                let detail = String(decoding: outcome.standardError, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                throw AssemblyError("LibreOffice could not convert \(document.lastPathComponent) to PDF (exit \(outcome.status))"
                                    + (detail.isEmpty ? "" : ": \(detail)"))
            }
            return (name, PDFNormalizer.normalize(data, date: date))
        }
    }
}
