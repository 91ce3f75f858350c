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
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: y, month: m, day: d)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        secondsSince1970 = Int(date.timeIntervalSince1970)
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

    private var components: DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                       from: Date(timeIntervalSince1970: TimeInterval(secondsSince1970)))
    }

    /// `2026-03-19T00:00:00Z`, as EPUB's dcterms:modified and DOCX core properties want it.
    public var iso8601: String {
        let c = components
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// Year, month, day, hour, minute and second in UTC, for zip entry times.
    public var utcFields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let c = components
        return (c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
