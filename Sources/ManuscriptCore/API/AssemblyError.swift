/// An error that stops the run: unreadable input, a failing external stage, an unwritable output.
///
/// Problems that can be reported alongside others are ``Finding``s instead.
public struct AssemblyError: Error, Equatable, Codable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?
    /// The stage that was running, when the error came from one.
    public var stage: String?

    public init(_ message: String, at location: SourceLocation? = nil, stage: String? = nil) {
        self.message = message
        self.location = location
        self.stage = stage
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        let tag = stage.map { " [\($0)]" } ?? ""
        return "\(place)error: \(message)\(tag)"
    }
}
