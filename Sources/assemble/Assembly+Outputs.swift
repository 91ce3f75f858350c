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
        do {
            let staged = try StagedOutput(directory: URL(fileURLWithPath: output))
            try write(staged)
            let written = try staged.commit().map { "\(output)/\($0)" }
            Report(assembly: self, outputs: written, succeeded: true).print(as: format)
        } catch {
            let error = error as? AssemblyError ?? AssemblyError("cannot \(work): \(error)")
            Report(assembly: self, succeeded: false, writeError: error).print(as: format)
            throw ExitCode.failure
        }
    }
}
