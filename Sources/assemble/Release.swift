import ArgumentParser
import Foundation
import ManuscriptCore
import PDFOutput
import ReleasePackage

extension Assemble {
    struct Release: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "release",
            abstract: "Builds the public-comment or final release package: one reproducible zip in <output>/release/.",
            discussion: """
                The zip holds every volume as EPUB, DOCX and PDF (converted by LibreOffice when soffice is \
                installed), the summary edition, the opinion submission form (public-comment editions), \
                the appendix's attachments, manifest.json and SHA256SUMS. Draft editions are refused.
                """)

        @OptionGroup var options: ManuscriptOptions

        @Option(help: "The output folder; the package goes into its release/ folder.")
        var output = "Output"

        func run() throws {
            var assembly = Assembly(options: options)
            if let document = assembly.document, !document.edition.status.isRelease {
                let location = document.edition.fieldLocations?["status"] ?? .start(of: "\(options.manuscript)/edition.yaml")
                assembly.findings.append(Finding(.error, "a release needs status public-comment or final, and this edition is a draft; set it in edition.yaml or pass --status public-comment",
                                                 at: location, stage: "release"))
            }
            guard !assembly.fails(strict: options.strict), let manuscript = assembly.manuscript, let document = assembly.document else {
                try assembly.fail(printing: options.format)
            }
            let tools = OfficeSession.locate()
            if tools == nil {
                FileHandle.standardError.write(Data("note: \(ReleasePackager.missingPDFNote)\n".utf8))
            }
            try assembly.writeOutputs(to: output, format: options.format, work: "build the release package") { staged in
                // Volumes and PDFs are made in a private folder; only the finished zip is staged.
                let work = FileManager.default.temporaryDirectory.appendingPathComponent("assemble-release-\(ProcessInfo.processInfo.processIdentifier)")
                try? FileManager.default.removeItem(at: work)
                try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: work) }
                // One LibreOffice for all the package's PDFs, made as `build` makes them.
                let session = try tools.map(OfficeSession.init)
                defer { session?.stop() }
                let packager = ReleasePackager(input: assembly.renderInput(for: document, of: manuscript),
                                               artifacts: assembly.artifacts, converter: session.map(PDFConverter.init))
                try staged.move(try packager.build(in: work), as: "release/\(packager.packageName).zip")
            }
        }
    }
}
