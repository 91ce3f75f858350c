import ArgumentParser
import Foundation
import ManuscriptCore

extension Assemble {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Loads the manuscript and runs its stages, printing findings only; exits 1 on errors.")

        @OptionGroup var options: ManuscriptOptions

        @Flag(help: "Also write the stages' reports (reports/brevity.html, .json, .csv) into the output folder, whatever the findings.")
        var report = false

        @Option(help: "The output folder for --report.")
        var output = "Output"

        @Option(help: ArgumentHelp("With --report: a previous edition's manuscript folder to compare volumes and chapters with.", valueName: "old-manuscript"))
        var compare: String?

        @Option(name: .customLong("compare-unit"), help: "With --compare: a unit to compare in (repeatable; default fullwidth-equivalent and pages).")
        var compareUnits: [ComparisonUnit] = []

        func validate() throws {
            if compare != nil && !report { throw ValidationError("--compare needs --report: the comparison is part of the brevity report") }
            if !compareUnits.isEmpty && compare == nil { throw ValidationError("--compare-unit needs --compare") }
        }

        func run() throws {
            var previous: PreviousEdition?
            if let compare {
                // The old edition runs through its own pipeline so chapters compare as printed; only its
                // errors matter here (its warnings are its own `check`'s business).
                var old = Assembly(manuscript: compare, status: nil)
                guard old.stoppingError == nil, let document = old.document else {
                    old.findings = FindingList(old.findings.all.filter { $0.severity == .error })
                    try old.fail(printing: options.format)
                }
                previous = PreviousEdition(document: document, displayPath: compare, units: compareUnits.map(\.rawValue))
            }
            var assembly = Assembly(options: options, comparingWith: previous)
            if compare != nil, assembly.document != nil, !assembly.artifacts.contains(where: { $0.path == "reports/brevity.json" }) {
                assembly.findings.append(Finding(.warning, "nothing compared: the pipeline writes no brevity report (the character-limits stage with report: true)",
                                                 at: .start(of: (options.manuscript as NSString).appendingPathComponent("edition.yaml")), stage: "character-limits"))
            }
            let failed = assembly.fails(strict: options.strict)
            if options.timings { Timings.print(assembly.timings) }
            var written: [String] = []
            var writeError: AssemblyError?
            // Reports only: files the stages make for the volumes (the appendix's attachments) are the build's.
            let reports = assembly.artifacts.filter { $0.path.hasPrefix("reports/") }
            if report && !reports.isEmpty {
                do {
                    let staged = try StagedOutput(directory: URL(fileURLWithPath: output))
                    for artifact in reports { try staged.write(artifact.contents, as: artifact.path) }
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
