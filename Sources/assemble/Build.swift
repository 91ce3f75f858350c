import ArgumentParser
import Foundation
import ManuscriptCore
import PDFOutput
import ReleasePackage

extension Assemble {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Builds every volume as EPUB, DOCX and PDF into the output folder (the default command).",
            discussion: """
                PDFs are converted from the DOCX files by LibreOffice (unoserver) when it is installed; \
                their real page counts then replace the estimate in the page limits and the brevity report.
                """)

        @OptionGroup var options: ManuscriptOptions

        @Option(help: "The folder to write the volumes into.")
        var output = "Output"

        @Flag(inversion: .prefixedNo, help: "Make PDF volumes (--pdf fails when LibreOffice is missing) or skip them; by default PDFs are made when LibreOffice is installed.")
        var pdf: Bool?

        @Flag(help: "Also write the web edition: a folder <basename>-<volume>-html of HTML pages per volume (on when the edition's formats include html).")
        var html = false

        func run() throws {
            // Without PDFs, whose pages the checks count again, the volumes are written while the
            // last stages only check the document; a build that then fails commits none of them.
            var early: VolumesWrittenEarly?
            let assembly = Assembly(options: options) { input in
                let chosen = formats(for: input)
                guard pdf == false || !chosen.contains(.pdf) else { return }
                early = VolumesWrittenEarly(input, formats: chosen, into: output)
            }
            defer { KeptUntilExit.keep(assembly) }
            guard !assembly.fails(strict: options.strict), let manuscript = assembly.manuscript, let document = assembly.document else {
                early?.discard()
                try assembly.fail(printing: options.format)
            }
            let input = assembly.renderInput(for: document, of: manuscript)
            let chosen = formats(for: input)
            var session: OfficeSession?
            defer { session?.stop() }
            try assembly.writeOutputs(to: output, format: options.format, work: "write outputs", strict: options.strict,
                                      staging: early.map { early in { try early.staged.get() } }) { staged in
                let started = DispatchTime.now().uptimeNanoseconds
                let written: VolumeFiles.Written
                if let early {
                    written = try early.written.get()
                } else {
                    // A site folder is the build's as a whole: pages of sections since removed must go.
                    VolumesWrittenEarly.replaceSites(in: input, formats: chosen, staged: staged)
                    session = try PDFChoice.session(requested: pdf, formats: chosen)
                    written = try VolumeFiles.write(input, formats: chosen, pdf: session.map(PDFConverter.init)) { try staged.stagingPath(for: $0) }
                    session?.stop()
                }
                let final = written.measuredPages.map(assembly.remeasured) ?? assembly
                KeptUntilExit.keep(final)
                for artifact in final.artifacts { try staged.write(artifact.contents, as: artifact.path) }
                if options.timings {
                    let writing = early.map { ("write (while the checks ran)", $0.seconds) } ?? ("write", Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
                    Timings.print(assembly.timings + [writing])
                }
                return final
            }
        }

        /// The formats to write: the edition's, with PDFs as `--pdf`/`--no-pdf` ask and HTML as `--html` does.
        private func formats(for input: RenderInput) -> [OutputSettings.Format] {
            var formats = input.outputs.formats.filter { $0 != .pdf } + (pdf == true ? [.pdf] : input.outputs.formats.filter { $0 == .pdf })
            if html && !formats.contains(.html) { formats.append(.html) }
            return formats
        }
    }
}
