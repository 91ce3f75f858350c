import ArgumentParser
import DOCXWriter
import Foundation
import ManuscriptCore
import ReleasePackage

extension Assemble {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
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
            let comparison = EditionComparison(old: oldDocument, new: newDocument, showingRenumbering: renumbering)
            let document = Document(edition: newDocument.edition, volumes: [comparison.volume])
            let input = after.renderInput(for: document, of: manuscript)
            try combined.writeOutputs(to: output, format: format, work: "write the comparison") { staged in
                let name = "diff/\(manuscript.outputs.basename)-comparison"
                try staged.write(Data(comparison.html.utf8), as: name + ".html")
                try DOCXWriter().write(comparison.volume, of: input, to: try staged.stagingPath(for: name + ".docx"))
            }
        }
    }
}
