/// One entry of the edition's `pipeline`: a built-in stage by identifier, or an external command.
public struct StageInvocation: Sendable {
    public enum Kind: Sendable, Equatable {
        case builtIn(identifier: String)
        /// An executable, relative to the manuscript folder or found on PATH.
        case external(command: String, name: String, timeoutSeconds: Int)
    }

    public var kind: Kind
    public var options: StageOptions
    public var location: SourceLocation

    public init(kind: Kind, options: StageOptions, location: SourceLocation) {
        self.kind = kind
        self.options = options
        self.location = location
    }

    /// The identifier printed with this stage's findings.
    public var identifier: String {
        switch kind {
        case .builtIn(let identifier): identifier
        case .external(_, let name, _): name
        }
    }
}
