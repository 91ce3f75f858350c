import ManuscriptCore

/// One limit from the limits file: a scope counted in a unit against warning and error thresholds.
struct Limit {
    let scope: LimitScope
    let unit: CountingUnit
    let warning: Double?
    let error: Double?
    /// Where the limit is written; nil for the built-in sentence guidance.
    let location: SourceLocation?
    /// `exempt: true`: the named section is not counted in this unit at all, not even by `"*"`.
    var exempt = false

    /// 公用文作成の考え方 (2022): check sentences of about 50–60 characters for readability. Guidance,
    /// so a warning; an error limit is the reviewers' to set.
    static let sentenceGuidance = Limit(scope: .sentence, unit: .characters, warning: 60, error: nil, location: nil)

    enum Status: String, Encodable {
        case ok
        case warning
        case error
    }

    func status(of value: Double) -> Status {
        if let error, value > error { return .error }
        if let warning, value > warning { return .warning }
        return .ok
    }

    /// "limit 3,000", "aim for at most 2,500 (limit 3,000)", or the guidance's own wording.
    func explanation(for status: Status) -> String {
        if location == nil { return "公用文作成の考え方 suggests checking sentences over \(CountFormat.number(warning ?? 0))" }
        switch status {
        case .error, .ok: return "limit \(CountFormat.number(error ?? warning ?? 0))"
        case .warning: return "aim for at most \(CountFormat.number(warning ?? 0))" + (error.map { " (limit \(CountFormat.number($0)))" } ?? "")
        }
    }
}
