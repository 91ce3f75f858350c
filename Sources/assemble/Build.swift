import ArgumentParser
import Foundation
import ManuscriptCore

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
                Report(assembly: assembly, succeeded: false).print(as: options.format)
                throw ExitCode.failure
            }
            do {
                let started = DispatchTime.now().uptimeNanoseconds
                let written = try write(assembly.renderInput(for: document, of: manuscript), artifacts: assembly.artifacts)
                if options.timings {
                    Timings.print(assembly.timings + [("write", Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)])
                }
                Report(assembly: assembly, outputs: written, succeeded: true).print(as: options.format)
            } catch {
                let error = error as? AssemblyError ?? AssemblyError("cannot write outputs: \(error)")
                Report(assembly: assembly, succeeded: false, writeError: error).print(as: options.format)
                throw ExitCode.failure
            }
        }

        private func write(_ input: RenderInput, artifacts: [Artifact]) throws -> [String] {
            let staged = try StagedOutput(directory: URL(fileURLWithPath: output))
            for artifact in artifacts { try staged.write(artifact.data, as: artifact.path) }
            _ = try VolumeFiles.write(input, into: staged, formats: input.outputs.formats)
            return try staged.commit().map { "\(output)/\($0)" }
        }
    }
}
