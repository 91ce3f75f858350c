import Foundation
import ManuscriptCore

/// Prints findings and results: compiler-style lines on stderr, or one JSON object on stdout.
struct Report: Encodable {
    var findings: [Finding]
    /// The error that stopped the run, when one did (an unreadable stage, an unwritable output).
    var stoppedBy: AssemblyError?
    var errors: Int
    var warnings: Int
    var outputs: [String]
    var succeeded: Bool

    init(assembly: Assembly, outputs: [String] = [], succeeded: Bool, writeError: AssemblyError? = nil) {
        findings = assembly.findings.inCauseOrder
        stoppedBy = assembly.stoppingError ?? writeError
        errors = assembly.findings.errorCount + (stoppedBy == nil ? 0 : 1)
        warnings = assembly.findings.warningCount
        self.outputs = outputs
        self.succeeded = succeeded
    }

    func print(as format: FindingFormat) {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        case .text:
            var lines = findings.map(\.description) + [stoppedBy?.description].compactMap { $0 }
            if errors + warnings > 0 {
                lines.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
            if !lines.isEmpty { FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
            if !outputs.isEmpty { FileHandle.standardOutput.write(Data(outputs.map { "wrote \($0)\n" }.joined().utf8)) }
        }
    }
}
