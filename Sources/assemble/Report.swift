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
    /// The kinds of warning reported beyond ``warningsShownPerKind``, in the order they first appear.
    var repeated: [Repeated]

    init(assembly: Assembly, outputs: [String] = [], succeeded: Bool, writeError: AssemblyError? = nil) {
        findings = assembly.findings.inCauseOrder
        stoppedBy = assembly.stoppingError ?? writeError
        errors = assembly.findings.errorCount + (stoppedBy == nil ? 0 : 1)
        warnings = assembly.findings.warningCount
        self.outputs = outputs
        self.succeeded = succeeded
        repeated = Self.repeatedKinds(in: findings)
    }

    /// Warnings of one kind (``WarningKind``) beyond this many print as one line saying how many
    /// more there are; errors are always printed, and JSON lists every finding.
    static let warningsShownPerKind = 20
    /// A stage's warnings of all kinds beyond this many are counted in one note.
    static let warningsShownPerStage = 100

    /// A kind of warning reported more often than it is printed, for JSON readers.
    struct Repeated: Encodable {
        let stage: String
        /// The message with what it quotes and counts written `…`.
        let pattern: String
        /// Warnings of this kind in all.
        let count: Int
    }

    static func repeatedKinds(in findings: [Finding]) -> [Repeated] {
        var counts: [WarningKind: Int] = [:], order: [WarningKind] = []
        for finding in findings where finding.severity == .warning {
            let kind = WarningKind(of: finding)
            if counts[kind] == nil { order.append(kind) }
            counts[kind, default: 0] += 1
        }
        return order.filter { counts[$0]! > warningsShownPerKind }.map { Repeated(stage: $0.stage, pattern: $0.pattern, count: counts[$0]!) }
    }

    /// The printed lines: after the last warning of a kind that is shown, one line says how many more
    /// of that kind there are; a stage's warnings beyond its cap are counted in one note at the end.
    static func capped(_ findings: [Finding]) -> [String] {
        let kinds = findings.map { $0.severity == .warning ? WarningKind(of: $0) : nil }
        var totals: [WarningKind: Int] = [:]
        for case let kind? in kinds { totals[kind, default: 0] += 1 }
        var shownOfKind: [WarningKind: Int] = [:], shownOfStage: [String: Int] = [:], hiddenOfStage: [String: Int] = [:]
        var lines: [String] = []
        var printed = 0
        for (finding, kind) in zip(findings, kinds) {
            guard let kind else {
                lines.append(finding.description)
                printed += 1
                continue
            }
            let shown = shownOfKind[kind, default: 0]
            // The rest of a kind that reached its cap was counted in its summary line.
            guard shown < warningsShownPerKind else { continue }
            guard shownOfStage[kind.stage, default: 0] < warningsShownPerStage else {
                hiddenOfStage[kind.stage, default: 0] += 1
                continue
            }
            lines.append(finding.description)
            printed += 1
            shownOfKind[kind] = shown + 1
            shownOfStage[kind.stage, default: 0] += 1
            if shown + 1 == warningsShownPerKind, let total = totals[kind], total > warningsShownPerKind {
                lines.append("… and \(NumberText.grouped(total - warningsShownPerKind)) more like this [\(kind.stage)]")
            }
        }
        for (stage, count) in hiddenOfStage.sorted(by: { $0.key < $1.key }) {
            lines.append("note: \(NumberText.grouped(count)) more warning\(count == 1 ? "" : "s") from [\(stage)] not shown")
        }
        if printed < findings.count { lines.append("note: --format json lists every finding") }
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
            if !outputs.isEmpty { FileHandle.standardOutput.write(Data(outputs.map { "wrote \(TerminalText.line($0))\n" }.joined().utf8)) }
        }
    }
}
