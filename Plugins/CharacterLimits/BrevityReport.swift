import Foundation
import ManuscriptCore

/// The reviewers' brevity report: every counted scope with its limit and status, and every section
/// and volume in every unit, as JSON, CSV and an HTML page.
struct BrevityReport: Encodable {
    struct Size: Encodable {
        let id: String
        let title: String
        let characters: Double
        let fullwidthEquivalent: Double
        let manuscriptSheets: Double
        let pages: Double
        /// Whether `pages` was counted in the PDF or estimated.
        let pagesCounted: PageBasis
        /// The section's own limit, when the limits file sets one, for the bar.
        let limit: Measurement?
    }

    struct OldPlan: Encodable {
        let label: String
        let pages: Double
    }

    let title: String
    let edition: String
    let status: String
    let date: String
    let oldPlan: OldPlan?
    let volumes: [Size]
    let sections: [Size]
    /// Every limit's subjects counted; sentences only where over a threshold (see `sentenceCount`).
    let measurements: [Measurement]
    /// How many sentences were checked against the sentence limits.
    let sentenceCount: Int

    init(document: Document, file: LimitsFile, evaluator: LimitEvaluator, measurements: [Measurement]) {
        title = document.edition.title
        edition = document.edition.label
        status = document.edition.status.rawValue
        date = document.edition.date
        oldPlan = file.oldPlan.map { OldPlan(label: $0.label, pages: $0.pages) }
        func size(_ id: String, _ title: String, _ subject: LimitEvaluator.Subject, limit: Measurement?) -> Size {
            Size(id: id, title: title, characters: evaluator.count(subject, in: .characters),
                 fullwidthEquivalent: evaluator.count(subject, in: .fullwidthEquivalent),
                 manuscriptSheets: evaluator.count(subject, in: .manuscriptSheets), pages: evaluator.count(subject, in: .pages),
                 pagesCounted: PageBasis(measured: subject.measuredPages != nil), limit: limit)
        }
        sections = document.volumes.flatMap(\.sections).map { section in
            let subject = LimitEvaluator.Subject(name: section.id, pieces: evaluator.sectionPieces[section.id] ?? [], location: section.location,
                                                 measuredPages: evaluator.measuredPages?.sections[section.id])
            let own = measurements.first { $0.scope == "section" && $0.subject == "section \"\(section.id)\"" }
            return size(section.id, section.displayTitle, subject, limit: own)
        }
        // A volume's characters and sheets are its sections' sums; only its pages need laying out
        // again (title page, contents, each chapter from a new page).
        let sizes = Dictionary(uniqueKeysWithValues: zip(document.volumes.flatMap(\.sections).map(\.id), sections))
        volumes = document.volumes.compactMap { volume in
            let limit = Limit(scope: .volume(volume.id), unit: .pages, warning: nil, error: nil, location: nil)
            guard let subject = (try? evaluator.subjects(for: limit))?.first else { return nil }
            let parts = volume.sections.compactMap { sizes[$0.id] }
            return Size(id: volume.id, title: volume.title, characters: parts.reduce(0) { $0 + $1.characters },
                        fullwidthEquivalent: parts.reduce(0) { $0 + $1.fullwidthEquivalent },
                        manuscriptSheets: parts.reduce(0) { $0 + $1.manuscriptSheets },
                        pages: evaluator.count(subject, in: .pages), pagesCounted: PageBasis(measured: subject.measuredPages != nil), limit: nil)
        }
        self.measurements = measurements
        sentenceCount = evaluator.sentences.count
    }

    func artifacts() throws -> [Artifact] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [
            Artifact(path: "reports/brevity.json", data: try encoder.encode(self)),
            Artifact(path: "reports/brevity.csv", data: Data(csv().utf8)),
            Artifact(path: "reports/brevity.html", data: Data(BrevityPage(report: self).html().utf8)),
        ]
    }

    /// One row per measurement, for spreadsheets; UTF-8 with a byte-order mark so Excel reads Japanese.
    func csv() -> String {
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var lines = ["scope,subject,unit,value,warning,error,status,file,line,column"]
        for m in measurements {
            lines.append([m.scope, m.subject, m.unit, CountFormat.plain(m.value), m.warning.map(CountFormat.plain) ?? "",
                          m.error.map(CountFormat.plain) ?? "", m.status.rawValue, m.location.path, "\(m.location.line)", "\(m.location.column)"]
                .map(field).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
