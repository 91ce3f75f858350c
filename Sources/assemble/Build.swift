import ArgumentParser
import Foundation
import ManuscriptCore
import PDFOutput
import ReleasePackage

extension Assemble {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
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
            let assembly = Assembly(options: options)
            defer { KeptUntilExit.keep(assembly) }
            guard !assembly.fails(strict: options.strict), let manuscript = assembly.manuscript, let document = assembly.document else {
                try assembly.fail(printing: options.format)
            }
            let input = assembly.renderInput(for: document, of: manuscript)
            var formats = input.outputs.formats.filter { $0 != .pdf } + (pdf == true ? [.pdf] : input.outputs.formats.filter { $0 == .pdf })
            if html && !formats.contains(.html) { formats.append(.html) }
            var session: OfficeSession?
            defer { session?.stop() }
            try assembly.writeOutputs(to: output, format: options.format, work: "write outputs", strict: options.strict) { staged in
                let started = DispatchTime.now().uptimeNanoseconds
                // A site folder is the build's as a whole: pages of sections since removed must go.
                if formats.contains(.html) {
                    for volume in document.volumes { staged.replacesWhole(folder: input.outputs.siteFolder(volume: volume.id)) }
                }
                session = try PDFChoice.session(requested: pdf, formats: formats)
                let written = try VolumeFiles.write(input, formats: formats, pdf: session.map(PDFConverter.init)) { try staged.stagingPath(for: $0) }
                session?.stop()
                let final = written.measuredPages.map(assembly.remeasured) ?? assembly
                KeptUntilExit.keep(final)
                for artifact in final.artifacts { try staged.write(artifact.contents, as: artifact.path) }
                if options.timings {
                    Timings.print(assembly.timings + [("write", Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)])
                }
                return final
            }
        }
    }
}
