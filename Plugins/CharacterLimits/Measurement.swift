import ManuscriptCore

/// One counted subject against one limit: a row of the brevity report.
struct Measurement: Encodable {
    /// `volume`, `section`, `blocks:<kind>`, `sentence` or `summary`.
    let scope: String
    /// What was counted, as messages name it: `section "overview"`.
    let subject: String
    let unit: String
    let value: Double
    let warning: Double?
    let error: Double?
    let status: Limit.Status
    let location: SourceLocation
    /// For limits in pages: whether the value was counted in the PDF or estimated.
    var pages: PageBasis? = nil
}
