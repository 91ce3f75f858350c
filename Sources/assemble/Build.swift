import ArgumentParser
import Foundation
import ManuscriptCore
import ReleasePackage

extension Assemble {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Builds every volume as EPUB and DOCX into the output folder (the default command).")

        @OptionGroup var options: ManuscriptOptions

        @Option(help: "The folder to write the volumes into.")
        var output = "Output"

        func run() throws {
            let assembly = Assembly(options: options)
            guard !assembly.fails(strict: options.strict), let manuscript = assembly.manuscript, let document = assembly.document else {
                try assembly.fail(printing: options.format)
            }
            let input = assembly.renderInput(for: document, of: manuscript)
            try assembly.writeOutputs(to: output, format: options.format, work: "write outputs") { staged in
                let started = DispatchTime.now().uptimeNanoseconds
                for artifact in assembly.artifacts { try staged.write(artifact.data, as: artifact.path) }
                try VolumeFiles.write(input, formats: input.outputs.formats) { try staged.stagingPath(for: $0) }
                if options.timings {
                    Timings.print(assembly.timings + [("write", Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)])
                }
            }
        }
    }
}
