import Foundation

/// Numbers as messages print them: grouped thousands, one decimal when not whole.
enum CountFormat {
    // Formatters are costly to make; the report formats thousands of numbers.
    private static let whole = formatter(fractionDigits: 0)
    private static let fractional = formatter(fractionDigits: 1)

    private static func formatter(fractionDigits: Int) -> NumberFormatter {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.minimumFractionDigits = fractionDigits
        formatter.maximumFractionDigits = fractionDigits
        return formatter
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let formatter = rounded == rounded.rounded() ? whole : fractional
        return formatter.string(from: NSNumber(value: rounded)) ?? "\(rounded)"
    }
}

extension CountFormat {
    /// A number for data files: no grouping, one decimal when not whole.
    static func plain(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        // Int(_:) traps beyond its range; whole numbers that large print as %.0f does.
        guard rounded == rounded.rounded() else { return String(format: "%.1f", rounded) }
        return abs(rounded) < 1e15 ? String(Int(rounded)) : String(format: "%.0f", rounded)
    }
}
