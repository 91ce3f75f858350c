/// A small manuscript showing what a stage does; the test suite runs every example.
///
/// The section YAML is loaded as `example.yaml` in the `vision` volume (and `appendix` as
/// `appendix.yaml` in the `appendix` volume). After the stage runs, the printed findings must equal
/// `findings`, and the document's text must contain each of `shows`.
public struct StageExample: Sendable {
    public let title: String
    public let section: String
    public let appendix: String?
    public let options: String?
    public let status: EditionStatus
    public let findings: [String]
    public let shows: [String]
    public let file: StaticString
    public let line: UInt

    public init(_ title: String, section: String, appendix: String? = nil, options: String? = nil,
                status: EditionStatus = .draft, findings: [String] = [], shows: [String] = [],
                file: StaticString = #filePath, line: UInt = #line) {
        self.title = title
        self.section = section
        self.appendix = appendix
        self.options = options
        self.status = status
        self.findings = findings
        self.shows = shows
        self.file = file
        self.line = line
    }
}
