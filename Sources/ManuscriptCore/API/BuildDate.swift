import Foundation

/// The one timestamp written into outputs: `SOURCE_DATE_EPOCH` when set, else the edition date at
/// midnight UTC. Never the clock, so rebuilding the same manuscript gives the same bytes.
public struct BuildDate: Sendable, Equatable {
    public let secondsSince1970: Int

    public init?(editionDate: String) {
        let parts = editionDate.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1980...2107).contains(y), (1...12).contains(m) else { return nil }
        guard (1...Self.daysInMonth(m, of: y)).contains(d) else { return nil }
        secondsSince1970 = Self.days(fromYear: y, month: m, day: d) * 86_400
    }

    public init(secondsSince1970: Int) { self.secondsSince1970 = secondsSince1970 }

    /// Calendar days from this date through `end`, both counted (a period of one day is 1); zero or
    /// less when `end` comes first.
    public func days(through end: BuildDate) -> Int {
        (end.secondsSince1970 - secondsSince1970) / 86_400 + 1
    }

    /// `SOURCE_DATE_EPOCH` from the environment if it is a valid number, else the edition date.
    public static func forBuild(of edition: Edition, environment: [String: String] = ProcessInfo.processInfo.environment) -> BuildDate {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init), epoch >= 315_532_800 {
            return BuildDate(secondsSince1970: epoch)
        }
        return BuildDate(editionDate: edition.date) ?? BuildDate(secondsSince1970: 315_532_800)
    }

    /// `2026-03-19T00:00:00Z`, as EPUB's dcterms:modified and DOCX core properties want it.
    public var iso8601: String {
        let f = utcFields
        return NumberText.padded(f.year, width: 4) + "-" + NumberText.padded(f.month, width: 2) + "-" + NumberText.padded(f.day, width: 2)
            + "T" + NumberText.padded(f.hour, width: 2) + ":" + NumberText.padded(f.minute, width: 2) + ":"
            + NumberText.padded(f.second, width: 2) + "Z"
    }

    /// Year, month, day, hour, minute and second in UTC, for zip entry times.
    public var utcFields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let days = Int((Double(secondsSince1970) / 86_400).rounded(.down))
        let second = secondsSince1970 - days * 86_400
        let (year, month, day) = Self.date(fromDays: days)
        return (year, month, day, second / 3600, second / 60 % 60, second % 60)
    }

    // UTC has no offsets or leap seconds to look up, so the proleptic Gregorian arithmetic below
    // (H. Hinnant's days_from_civil and civil_from_days) is all a date needs, without Calendar.

    static func daysInMonth(_ month: Int, of year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Days from 1970-01-01 to the date.
    static func days(fromYear year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    static func date(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
