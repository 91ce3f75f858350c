import ArgumentParser
import DOCXWriter
import Foundation
import ManuscriptCore
import PDFOutput
import ReleasePackage

extension Assemble {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Writes the 新旧対照表 (old/new comparison table) of two editions, section by section, as HTML and DOCX.",
            discussion: "Both manuscripts run through their own pipelines, so the table compares the text as printed.")

        @Argument(help: "The older edition's manuscript folder.")
        var old: String

        @Argument(help: "The newer edition's manuscript folder.")
        var new: String

        @Option(help: "The output folder; the table goes into its diff/ folder.")
        var output = "Output"

        @Flag(help: "Also list lines that differ only because a number moved (第4章 → 第3章 after a chapter was removed).")
        var renumbering = false

        @Flag(inversion: .prefixedNo, help: "Give each row its page in the new edition's PDF (--pdf fails when LibreOffice is missing); by default when LibreOffice is installed.")
        var pdf: Bool?

        @Option(help: "How to print findings: text (path:line:col: …) or json.")
        var format: FindingFormat = .text

        func run() throws {
            let before = Assembly(manuscript: old, status: nil)
            let after = Assembly(manuscript: new, status: nil)
            // Warnings are each edition's own business (`check` lists them); errors are shown.
            var combined = before
            combined.findings = FindingList((before.findings.all + after.findings.all).filter { $0.severity == .error })
            combined.stoppingError = before.stoppingError ?? after.stoppingError
            // Only what stops either pipeline stops the table: an edition with errors can still be compared.
            guard combined.stoppingError == nil, let oldDocument = before.document, let newDocument = after.document,
                  let manuscript = after.manuscript else {
                try combined.fail(printing: format)
            }
            let input = after.renderInput(for: newDocument, of: manuscript)
            var pages: [String: PageFinder] = [:]
            do {
                // The new edition printed as `build` prints it, for the page column.
                if let session = try PDFChoice.session(requested: pdf, formats: [.pdf]) {
                    defer { session.stop() }
                    let converter = PDFConverter(session: session)
                    for volume in newDocument.volumes where volume.holdsOwnText {
                        pages[volume.id] = PageFinder(pageTexts: try converter.convert(volume, of: input, rewriting: nil).pageTexts)
                    }
                }
            } catch let error as AssemblyError {
                combined.stoppingError = error
                try combined.fail(printing: format)
            }
            let comparison = EditionComparison(old: oldDocument, new: newDocument, showingRenumbering: renumbering, pages: pages)
            try combined.writeOutputs(to: output, format: format, work: "write the comparison") { staged in
                let name = "diff/\(manuscript.outputs.basename)-comparison"
                try staged.write(Data(comparison.html.utf8), as: name + ".html")
                let table = after.renderInput(for: Document(edition: newDocument.edition, volumes: [comparison.volume]), of: manuscript)
                try DOCXWriter().write(comparison.volume, of: table, to: try staged.stagingPath(for: name + ".docx"))
            }
        }
    }
}
