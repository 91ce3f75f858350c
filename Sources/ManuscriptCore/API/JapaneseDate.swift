/// Dates as printed in Japanese public documents.
public enum JapaneseDate {
    /// Formats `YYYY-MM-DD` as 「2026年3月19日」.
    public static func format(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return date }
        return "\(parts[0])年\(parts[1])月\(parts[2])日"
    }
}
