/// A problem found in the manuscript, reported without stopping the run.
///
/// Prints compiler-style, `path:line:col: error: message [stage-id]`, so editors and CI can jump to it.
public struct Finding: Codable, Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// The identifier of the stage that reported it (`manuscript` for the loader).
    public var stage: String
    /// The figures behind a finding about size, for tools; nil for other findings.
    public var measurement: FindingMeasurement?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, stage: String, measurement: FindingMeasurement? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.stage = stage
        self.measurement = measurement
    }

    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(stage)]"
    }
}
