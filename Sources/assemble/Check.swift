import ArgumentParser
import Foundation
import ManuscriptCore

extension Assemble {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Loads the manuscript and runs its stages, printing findings only; exits 1 on errors.")

        @OptionGroup var options: ManuscriptOptions

        @Flag(help: "Also write the stages' reports (e.g. reports/brevity.html) into the output folder, whatever the findings.")
        var report = false

        @Option(help: "The output folder for --report.")
        var output = "Output"

        func run() throws {
            let assembly = Assembly(options: options)
            let failed = assembly.fails(strict: options.strict)
            if options.timings { Timings.print(assembly.timings) }
            var written: [String] = []
            var writeError: AssemblyError?
            if report && !assembly.artifacts.isEmpty {
                do {
                    let staged = try StagedOutput(directory: URL(fileURLWithPath: output))
                    for artifact in assembly.artifacts { try staged.write(artifact.data, as: artifact.path) }
                    written = try staged.commit().map { "\(output)/\($0)" }
                } catch {
                    writeError = error as? AssemblyError ?? AssemblyError("cannot write reports: \(error)")
                }
            }
            Report(assembly: assembly, outputs: written, succeeded: !failed && writeError == nil, writeError: writeError).print(as: options.format)
            if failed || writeError != nil { throw ExitCode.failure }
        }
    }
}
