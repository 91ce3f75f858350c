import ArgumentParser
import Foundation
import ManuscriptCore

/// How `build`, `release` and `diff` end: print the findings and exit 1, or stage their files in the
/// output folder, move them into place together and print what was written.
extension Assembly {
    func fail(printing format: FindingFormat) throws -> Never {
        Report(assembly: self, succeeded: false).print(as: format)
        throw ExitCode.failure
    }

    /// `work` names the files' purpose in the message of an unexpected error ("cannot write outputs").
    func writeOutputs(to output: String, format: FindingFormat, work: String, _ write: (StagedOutput) throws -> Void) throws {
        try writeOutputs(to: output, format: format, work: work, strict: false) { staged in
            try write(staged)
            return nil
        }
    }

    /// As above, where writing can change the findings: `write` returns the assembly whose findings
    /// count (``remeasured(with:)``), and when they fail the command nothing is written.
    /// `staging` gives the staging folder when it was made before (``VolumesWrittenEarly``).
    func writeOutputs(to output: String, format: FindingFormat, work: String, strict: Bool,
                      staging: (() throws -> StagedOutput)? = nil, _ write: (StagedOutput) throws -> Assembly?) throws {
        var reporting = self
        do {
            let staged = try staging?() ?? StagedOutput(directory: URL(fileURLWithPath: output))
            // Committed or not, the staging folder goes (after a commit it holds the old files).
            defer { staged.discard() }
            reporting = try write(staged) ?? self
            guard !reporting.fails(strict: strict) else {
                Report(assembly: reporting, succeeded: false).print(as: format)
                throw ExitCode.failure
            }
            let written = try staged.commit().map { "\(output)/\($0)" }
            Report(assembly: reporting, outputs: written, succeeded: true).print(as: format)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            let error = error as? AssemblyError ?? AssemblyError("cannot \(work): \(error)")
            Report(assembly: reporting, succeeded: false, writeError: error).print(as: format)
            throw ExitCode.failure
        }
    }
}
