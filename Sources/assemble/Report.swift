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

    /// Warnings a stage reports beyond this many are summarized in one line (JSON lists them all);
    /// errors are always printed.
    static let warningsShownPerStage = 50

    static func capped(_ findings: [Finding]) -> [String] {
        var shown: [String: Int] = [:], hidden: [String: Int] = [:]
        var lines: [String] = []
        for finding in findings {
            guard finding.severity == .warning else { lines.append(finding.description); continue }
            if shown[finding.stage, default: 0] < warningsShownPerStage {
                shown[finding.stage, default: 0] += 1
                lines.append(finding.description)
            } else {
                hidden[finding.stage, default: 0] += 1
            }
        }
        for (stage, count) in hidden.sorted(by: { $0.key < $1.key }) {
            lines.append("note: \(count) more warning\(count == 1 ? "" : "s") from [\(stage)] not shown; --format json lists every finding")
        }
        return lines
    }

    func print(as format: FindingFormat) {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        case .text:
            var lines = Self.capped(findings).map(TerminalText.line) + [stoppedBy?.description].compactMap { $0 }.map(TerminalText.line)
            if errors + warnings > 0 {
                lines.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
            if !lines.isEmpty { FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
            if !outputs.isEmpty { FileHandle.standardOutput.write(Data(outputs.map { "wrote \($0)\n" }.joined().utf8)) }
        }
    }
}
