/// How serious a finding is. Errors fail `check` and `build`; warnings fail them only with `--strict`.
public enum Severity: String, Codable, Sendable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
