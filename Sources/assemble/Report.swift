import Foundation
import ManuscriptCore

/// Prints findings and results: compiler-style lines on stderr, or one JSON object on stdout.
struct Report: Encodable {
    var findings: [Finding]
    var errors: Int
    var warnings: Int
    var outputs: [String]
    var succeeded: Bool

    init(assembly: Assembly, outputs: [String] = [], succeeded: Bool, extraError: AssemblyError? = nil) {
        var all = assembly.findings.sorted
        for error in [assembly.stoppingError, extraError].compactMap({ $0 }) {
            all.append(Finding(.error, error.message, at: error.location ?? SourceLocation(path: "assemble", line: 0, column: 0),
                               stage: error.stage ?? "assemble"))
        }
        findings = all
        errors = all.filter { $0.severity == .error }.count
        warnings = all.filter { $0.severity == .warning }.count
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
            var text = findings.map { finding in
                finding.location.line == 0 ? "\(finding.severity.rawValue): \(finding.message) [\(finding.stage)]" : finding.description
            }
            if errors + warnings > 0 {
                text.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
            if !text.isEmpty { FileHandle.standardError.write(Data((text.joined(separator: "\n") + "\n").utf8)) }
            if !outputs.isEmpty { FileHandle.standardOutput.write(Data(outputs.map { "wrote \($0)\n" }.joined().utf8)) }
        }
    }
}
