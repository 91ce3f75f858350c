import Foundation
import ManuscriptCore
import ZipArchive

/// Builds the public-comment (or final) release: every volume as EPUB, DOCX and PDF, the summary,
/// the opinion form, the appendix's attachments, and a manifest with checksums, in one zip whose
/// bytes depend only on the manuscript and the build date.
public struct ReleasePackager {
    public let input: RenderInput
    /// Files the stages produced; attachments (`appendix-files/…`) go into the package.
    public let artifacts: [Artifact]
    public let converter: PDFConverter?

    /// Said in the manifest and in NO-PDF.txt when LibreOffice is missing.
    public static let missingPDFNote = "PDF files are not included: LibreOffice (soffice) with unoserver was not installed where this package was built. Run scripts/install-dependencies.sh and `assemble release` again to add them."

    public init(input: RenderInput, artifacts: [Artifact], converter: PDFConverter?) {
        self.input = input
        self.artifacts = artifacts
        self.converter = converter
    }

    /// The package's folder and zip name, e.g. `iwaki-chiiki-kyosei-public-comment-2026-12-01`.
    public var packageName: String {
        "\(input.outputs.basename)-\(input.document.edition.status.rawValue)-\(input.document.edition.date)"
    }

    /// Writes the volumes and the zip in `workFolder` (which the caller removes) and returns the zip.
    /// Volumes and attachments go into it as they are read, so a large one never sits in memory.
    public func build(in workFolder: URL) throws -> URL {
        var document = input.document
        if document.edition.status == .publicComment { document.volumes.append(OpinionForm.volume(for: document)) }
        let render = RenderInput(document: document, date: input.date, outputs: input.outputs, readAsset: input.asset)
        let volumes = workFolder.appendingPathComponent("volumes")
        try FileManager.default.createDirectory(at: volumes, withIntermediateDirectories: true)
        let names = try VolumeFiles.write(render, formats: [.epub, .docx, .pdf], pdf: converter) { volumes.appendingPathComponent($0).path }.names
        var files: [(path: String, contents: FileContents)] = try names.map { name in
            let url = volumes.appendingPathComponent(name)
            return (name, .file(url, byteCount: try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0))
        }
        let pdfNote: String
        if converter != nil {
            pdfNote = "PDF files were converted from the DOCX files by LibreOffice."
        } else {
            pdfNote = Self.missingPDFNote
            files.append(("NO-PDF.txt", .bytes(Data("PDF版は含まれていません。作成した環境にLibreOffice（soffice）がありませんでした。\n\(Self.missingPDFNote)\n".utf8))))
        }
        for artifact in artifacts where artifact.path.hasPrefix("appendix-files/") {
            files.append((artifact.path, artifact.contents))
        }
        files.sort { $0.path < $1.path }
        let manifest = try ReleaseManifest(edition: document.edition, date: input.date, pdfNote: pdfNote, files: files)
        let manifestJSON = manifest.json
        files.append(("manifest.json", .bytes(manifestJSON)))
        files.append(("SHA256SUMS", .bytes(manifest.checksums(manifest: manifestJSON))))

        let zipURL = workFolder.appendingPathComponent("\(packageName).zip")
        let zip = try ZipWriter(path: zipURL.path, modified: input.date.utcFields)
        for file in files { try zip.add("\(packageName)/\(file.path)", file.contents) }
        try zip.close()
        return zipURL
    }
}
