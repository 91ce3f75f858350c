/// Dates as printed in Japanese public documents, in the era (和暦), the Western year, or both.
public enum JapaneseDate {
    /// An era and the first Gregorian day of its first year.
    private struct Era {
        let name: String
        let start: (year: Int, month: Int, day: Int)
    }

    /// Newest first. 明治 starts where Japan took up the Gregorian calendar (明治6年1月1日); earlier
    /// days print with the Western year, since their era dates follow the old lunar calendar.
    private static let eras = [
        Era(name: "令和", start: (2019, 5, 1)),
        Era(name: "平成", start: (1989, 1, 8)),
        Era(name: "昭和", start: (1926, 12, 25)),
        Era(name: "大正", start: (1912, 7, 30)),
        Era(name: "明治", start: (1873, 1, 1)),
    ]

    /// Formats `YYYY-MM-DD` in the given style: 「令和8年3月19日」, 「2026年3月19日」 or
    /// 「令和8年（2026年）3月19日」. Text that is not such a date is returned as written.
    public static func format(_ date: String, style: DateStyle = .wareki) -> String {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2] else { return date }
        return format(year: year, month: month, day: day, style: style)
    }

    public static func format(year: Int, month: Int, day: Int, style: DateStyle) -> String {
        let western = "\(year)年"
        let monthDay = "\(month)月\(day)日"
        guard style != .seireki, let era = eraYear(year: year, month: month, day: day) else { return western + monthDay }
        return style == .both ? "\(era)（\(western)）\(monthDay)" : era + monthDay
    }

    /// 「令和8年」, 「令和元年」 for the era's first year; nil before 明治6年.
    public static func eraYear(year: Int, month: Int, day: Int) -> String? {
        guard let era = eras.first(where: { (year, month, day) >= $0.start }) else { return nil }
        let number = year - era.start.year + 1
        return "\(era.name)\(number == 1 ? "元" : String(number))年"
    }
}
