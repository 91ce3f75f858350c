import ManuscriptCore

extension Measurement {
    var countingUnit: CountingUnit { CountingUnit(rawValue: unit) ?? .characters }

    /// The upper limit: the error threshold, or the warning threshold of a limit that sets only one.
    var limit: Double? { error ?? warning }

    /// The threshold the count went over: the limit when over it, else the warning threshold.
    var crossedThreshold: Double? {
        switch status {
        case .error: error
        case .warning: warning
        case .ok: nil
        }
    }

    /// How far over the crossed threshold the count is, in the limit's unit, to one decimal (a
    /// threshold such as 10.1 pages would otherwise leave 2.4000000000000004).
    var overrun: Double? { crossedThreshold.map { ((value - $0) * 10).rounded() / 10 } }

    /// The overrun as a share of the crossed threshold, in percent to one decimal.
    var overrunPercent: Double? {
        guard let threshold = crossedThreshold, threshold > 0 else { return nil }
        return ((value - threshold) / threshold * 1000).rounded() / 10
    }

    /// What `check --format json` carries beside the message.
    var findingMeasurement: FindingMeasurement {
        FindingMeasurement(subject: label.name, chapter: label.chapter, unit: unit, value: value, warning: warning, limit: limit,
                           overrun: overrun ?? 0, overrunPercent: overrunPercent)
    }

    /// What makes two measurements one finding: the summary repeats the plan's text, and `check`
    /// reports a finding once however many volumes print it.
    struct FindingKey: Hashable {
        let scope: String
        let subject: String
        let unit: String
        let value: Double
        let location: SourceLocation
    }

    var findingKey: FindingKey { FindingKey(scope: scope, subject: subject, unit: unit, value: value, location: location) }
}

extension Measurement: Encodable {
    private enum Keys: String, CodingKey {
        case scope, subject, name, volumes, chapter, text, unit, unitLabel, value, warning, error, limit, status, overrun, overrunPercent, counts, location
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(scope, forKey: .scope)
        try container.encode(subject, forKey: .subject)
        try container.encode(label.name, forKey: .name)
        try container.encode(label.volumes, forKey: .volumes)
        try container.encodeIfPresent(label.chapter, forKey: .chapter)
        try container.encodeIfPresent(label.text, forKey: .text)
        try container.encode(unit, forKey: .unit)
        try container.encode(countingUnit.japaneseLabel, forKey: .unitLabel)
        try container.encode(value, forKey: .value)
        try container.encodeIfPresent(warning, forKey: .warning)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(overrun, forKey: .overrun)
        try container.encodeIfPresent(overrunPercent, forKey: .overrunPercent)
        try container.encode(counts, forKey: .counts)
        try container.encode(location, forKey: .location)
    }
}
