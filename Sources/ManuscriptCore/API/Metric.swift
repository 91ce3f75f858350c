/// One indicator: where it stands (baseline) and where the plan wants it (target), on a scale.
public struct Metric: Codable, Hashable, Sendable {
    public var name: String
    /// What the indicator measures, e.g. 「どの程度幸せか」.
    public var measures: String?
    public var unit: String
    /// The top of the scale, e.g. 10 for a 10-point score.
    public var scale: String?
    public var baseline: Measurement
    public var target: Measurement

    public init(name: String, measures: String?, unit: String, scale: String?, baseline: Measurement, target: Measurement) {
        self.name = name
        self.measures = measures
        self.unit = unit
        self.scale = scale
        self.baseline = baseline
        self.target = target
    }

    /// A value at a time, kept as the author wrote it (「6.61」, not 6.6099999).
    public struct Measurement: Codable, Hashable, Sendable {
        public var value: String
        public var year: Int
        /// What the year means, e.g. 「調査」 or 「頃までに達成」.
        public var note: String?

        public init(value: String, year: Int, note: String? = nil) {
            self.value = value
            self.year = year
            self.note = note
        }
    }
}
