import Foundation
import ManuscriptCore

/// One finished build as the preview shows it: its findings, and the site it made if it succeeded.
public struct PreviewBuild: Sendable {
    /// Counts every build, failed ones too; pages carry the number of the build that made them.
    public var generation: Int
    /// The findings as `check` prints them (`path:line:col: severity: message [stage]`).
    public var findings: [Finding]
    /// An error that stopped the run before it finished, as printed (`error: …`), listed last as `check` does.
    public var stoppingError: String?
    /// The site made, nil when the build failed and the last good pages stay.
    public var site: SiteFolder?
    /// The page `/` leads to, relative to the site (the first volume's contents).
    public var home: String?
    /// The blocks the findings point into, marked in the page.
    public var marks: FindingMarks
    /// Seconds from the change seen to the pages written.
    public var seconds: Double

    public init(generation: Int, findings: [Finding], stoppingError: String? = nil, site: SiteFolder?, home: String? = nil, marks: FindingMarks, seconds: Double = 0) {
        self.generation = generation
        self.findings = findings
        self.stoppingError = stoppingError
        self.site = site
        self.home = home
        self.marks = marks
        self.seconds = seconds
    }

    public var succeeded: Bool { site != nil }

    /// The lines of the findings panel, in the order `check` prints them.
    public var lines: [(severity: Severity, text: String)] {
        findings.map { ($0.severity, $0.description) } + (stoppingError.map { [(Severity.error, $0)] } ?? [])
    }
}
