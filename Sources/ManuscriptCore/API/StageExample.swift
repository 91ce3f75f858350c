/// A small manuscript showing what a stage does; the test suite runs every example.
///
/// The example runs through every built-in stage, as a manuscript without a `pipeline` would.
/// The section YAML is loaded as `example.yaml` in the `vision` volume (and `appendix` as
/// `appendix.yaml` in the `appendix` volume), beside any data `files`. After the stage runs, the
/// printed findings must equal `findings`, and the document's text must contain each of `shows`.
/// A finding inside the example's `options` prints as `options:LINE:COL`, counted within them.
public struct StageExample: Sendable {
    public let title: String
    public let section: String
    public let appendix: String?
    public let options: String?
    /// Data files beside the sections, by path (e.g. `actors.yaml`).
    public let files: [String: String]
    public let status: EditionStatus
    public let findings: [String]
    public let shows: [String]
    public let file: StaticString
    public let line: UInt

    public init(_ title: String, section: String, appendix: String? = nil, options: String? = nil,
                files: [String: String] = [:], status: EditionStatus = .draft, findings: [String] = [], shows: [String] = [],
                file: StaticString = #filePath, line: UInt = #line) {
        self.title = title
        self.section = section
        self.appendix = appendix
        self.options = options
        self.files = files
        self.status = status
        self.findings = findings
        self.shows = shows
        self.file = file
        self.line = line
    }
}
