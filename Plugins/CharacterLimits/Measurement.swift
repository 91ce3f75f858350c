import ManuscriptCore

/// One counted subject against one limit: a row of the brevity report.
struct Measurement {
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
    /// The subject as reviewers read it: 「第1章 …」 in 本編.
    var label: SubjectLabel
    /// For limits in pages: whether the value was counted in the PDF or estimated.
    var pages: PageBasis? = nil
    /// The subject in every unit, whichever the limit counts in.
    let counts: Counts

    struct Counts: Encodable, Hashable {
        let characters: Double
        let fullwidthEquivalent: Double
        let manuscriptSheets: Double
        let pages: Double
    }
}
