import Foundation
import ManuscriptCore

/// The reviewers' brevity report: every counted scope with its limit and status, and every chapter
/// and volume in every unit, as JSON, CSV and an HTML page to print.
struct BrevityReport: Encodable {
    struct OldPlan: Encodable {
        let label: String
        let pages: Double
    }

    let title: String
    let edition: String
    let status: String
    let date: String
    let oldPlan: OldPlan?
    let volumes: [BrevitySize]
    /// Every chapter of every volume, in reading order, with the volume it is in.
    let sections: [BrevitySize]
    /// Every limit's subjects counted, each once (the summary repeats the plan's text, and a sentence
    /// printed in 本編 and 概要版 is one finding, as `check` reports it); sentences only where over a
    /// threshold (see `sentenceCount`).
    let measurements: [Measurement]
    /// How many sentences were checked against the sentence limits.
    let sentenceCount: Int
    /// The previous edition's figures, with `check --report --compare`.
    let comparison: BrevityComparison?

    init(document: Document, file: LimitsFile, evaluator: LimitEvaluator, measurements: [Measurement], previous: PreviousEdition? = nil) {
        title = document.edition.title
        edition = document.edition.label
        status = document.edition.status.rawValue
        date = document.edition.date
        oldPlan = file.oldPlan.map { OldPlan(label: $0.label, pages: $0.pages) }
        self.measurements = Self.once(measurements)
        let sized = BrevitySize.volumes(of: document, evaluator: evaluator, measurements: self.measurements)
        volumes = sized.map(\.volume)
        sections = sized.flatMap(\.chapters)
        sentenceCount = evaluator.sentenceCount
        comparison = previous.map { previous in
            var old = LimitEvaluator(document: previous.document, measure: evaluator.measure)
            old.naming.actorNames = evaluator.naming.actorNames
            return BrevityComparison(previous: previous, old: BrevitySize.volumes(of: previous.document, evaluator: old), new: sized)
        }
    }

    /// Merges measurements that are one finding, keeping every volume that prints it.
    private static func once(_ measurements: [Measurement]) -> [Measurement] {
        var kept: [Measurement] = []
        var index: [Measurement.FindingKey: Int] = [:]
        for measurement in measurements {
            if let at = index[measurement.findingKey] {
                kept[at].label.volumes += measurement.label.volumes.filter { !kept[at].label.volumes.contains($0) }
            } else {
                index[measurement.findingKey] = kept.count
                kept.append(measurement)
            }
        }
        return kept
    }

    /// What is over a limit, limits first, then in volume order and place in the manuscript.
    var overruns: [Measurement] {
        let order = Dictionary(volumes.enumerated().map { ($0.element.volume, $0.offset) }) { first, _ in first }
        return measurements.enumerated().filter { $0.element.status != .ok }.sorted { a, b in
            let (l, r) = (a.element, b.element)
            if (l.status == .error) != (r.status == .error) { return l.status == .error }
            let lv = l.label.volumes.first.flatMap { order[$0] } ?? -1, rv = r.label.volumes.first.flatMap { order[$0] } ?? -1
            if lv != rv { return lv < rv }
            return a.offset < b.offset
        }.map(\.element)
    }

    func artifacts() throws -> [Artifact] {
        // Three independent renderings of the same report, side by side.
        var json = Data(), csv = Data(), html = Data()
        try ConcurrentWork.run([
            { json = try ReportJSON.data(of: self) },
            { csv = Data(BrevitySpreadsheet(report: self).csv().utf8) },
            { html = Data(BrevityPage(report: self).html().utf8) },
        ])
        return [
            Artifact(path: "reports/brevity.json", data: json),
            Artifact(path: "reports/brevity.csv", data: csv),
            Artifact(path: "reports/brevity.html", data: html),
        ]
    }
}
