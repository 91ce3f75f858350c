import Foundation
import ManuscriptCore

/// Counts the manuscript against the reviewers' limits and writes the brevity report.
public struct CharacterLimitsStage: Stage {
    public static let description = StageDescription(
        identifier: "character-limits",
        name: "Character Limits",
        summary: "Counts volumes, sections, blocks and sentences against the reviewers' limits file and writes the brevity report",
        options: [
            StageOptionDescription(name: "limits", summary: "The limits file, relative to the manuscript folder; without one only the sentence guidance applies",
                                   defaultValue: "limits.yaml"),
            StageOptionDescription(name: "report", summary: "Write reports/brevity.{json,csv,html} into the output folder", defaultValue: "true"),
            StageOptionDescription(name: "actors", summary: "The actors file, for naming responsibilities in the report (市民 for citizens), as the role-tables stage reads it",
                                   defaultValue: "actors.yaml"),
        ],
        blockOptions: [sentenceCheckOption],
        examples: CharacterLimitsExamples.all,
        readsOnly: true)

    /// `sentence-check: false` on a block leaves its text out of the sentence-length checks.
    public static let sentenceCheckOption = "sentence-check"

    private let limitsFile: DataFileOption
    private let writesReport: Bool
    private let actorsFile: DataFileOption

    public init(options: StageOptions) throws {
        limitsFile = try options.dataFile("limits", default: "limits.yaml")
        writesReport = try options.bool("report", default: true)
        actorsFile = try options.dataFile("actors", default: "actors.yaml")
    }

    public func run(_ context: inout StageContext) throws {
        let file = try context.readDataFile(ifPresent: limitsFile).map(LimitsFile.init) ?? LimitsFile()
        var evaluator = LimitEvaluator(document: context.document, measure: Measure(rules: file.rules), limits: file.limits,
                                       measuredPages: context.measuredPages)
        // The role-tables stage reports a broken actors file; here it only costs the names.
        evaluator.naming.actorNames = ActorNames.read((try? context.readDataFile(ifPresent: actorsFile)) ?? nil)
        let release = context.document.edition.status.isRelease
        var measurements: [Measurement] = []
        for limit in file.limits.filter({ $0.scope != .sentence }) + file.sentenceLimits {
            for measurement in try evaluator.measurements(for: limit) {
                measurements.append(measurement)
                guard measurement.status != .ok else { continue }
                let count = limit.unit.describe(measurement.value, measured: measurement.pages == .measured)
                var message = "\(measurement.subject) has \(count); \(limit.explanation(for: measurement.status))"
                var severity: Severity = measurement.status == .error ? .error : .warning
                if severity == .error && !release {
                    // Drafts are works in progress: over-limit text is reported but does not stop the build.
                    severity = .warning
                    message += " (an error in public-comment and final editions)"
                }
                context.report(severity, message, at: measurement.location, measurement: measurement.findingMeasurement)
            }
        }
        if writesReport {
            let report = BrevityReport(document: context.document, file: file, evaluator: evaluator, measurements: measurements,
                                       previous: context.previousEdition)
            for artifact in try report.artifacts() { context.addArtifact(artifact) }
        }
    }
}
