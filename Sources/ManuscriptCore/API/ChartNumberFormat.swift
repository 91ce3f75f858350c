import Foundation

/// How a chart prints its values: a fixed number of decimals, thousands grouped, and a Japanese
/// unit after the number (「324,706人」, 「32.5万人」, 「31.4%」).
public struct ChartNumberFormat: Codable, Hashable, Sendable {
    /// Printed after each number; may be empty.
    public var unit: String
    public var decimals: Int

    public init(unit: String, decimals: Int) {
        self.unit = unit
        self.decimals = decimals
    }

    /// The value as printed, e.g. 「98,616人」; computed without the locale, so outputs stay reproducible.
    public func text(_ value: Double) -> String {
        number(value) + unit
    }

    /// The number alone, grouped by thousands.
    public func number(_ value: Double) -> String {
        NumberText.grouped(value, decimals: decimals)
    }

    /// The same format as an Excel/Word number format code: `#,##0.0"万人"`.
    public var formatCode: String {
        let base = decimals > 0 ? "#,##0." + String(repeating: "0", count: decimals) : "#,##0"
        guard !unit.isEmpty else { return base }
        return base + (unit == "%" ? "\"%\"" : "\"\(unit)\"")
    }
}
