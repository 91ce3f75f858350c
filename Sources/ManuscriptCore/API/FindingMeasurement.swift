/// The figures behind a finding about size (a section over its limit), for CI and other tools reading
/// `--format json`: what was counted, in which unit, against which thresholds, and by how much it is over.
public struct FindingMeasurement: Codable, Hashable, Sendable {
    /// What was counted, as the printed plan names it: 「第4章 基本目標」, 「市民の役割」.
    public var subject: String
    /// The chapter it is in, as printed; nil for a whole volume.
    public var chapter: String?
    /// The counting unit's name, e.g. `fullwidth-equivalent`.
    public var unit: String
    public var value: Double
    /// The warning threshold, when the limit sets one.
    public var warning: Double?
    /// The upper limit (error threshold), or the warning threshold of a limit that sets only one.
    public var limit: Double?
    /// How far over the threshold it crossed (the limit, else the warning threshold) the value is.
    public var overrun: Double
    /// The overrun in percent of that threshold.
    public var overrunPercent: Double?

    public init(subject: String, chapter: String?, unit: String, value: Double, warning: Double?, limit: Double?,
                overrun: Double, overrunPercent: Double?) {
        self.subject = subject
        self.chapter = chapter
        self.unit = unit
        self.value = value
        self.warning = warning
        self.limit = limit
        self.overrun = overrun
        self.overrunPercent = overrunPercent
    }
}
