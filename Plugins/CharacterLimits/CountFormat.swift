import Foundation

/// Numbers as messages print them: grouped thousands, one decimal when not whole.
enum CountFormat {
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let whole = rounded == rounded.rounded()
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.minimumFractionDigits = whole ? 0 : 1
        formatter.maximumFractionDigits = whole ? 0 : 1
        return formatter.string(from: NSNumber(value: rounded)) ?? "\(rounded)"
    }
}

extension CountFormat {
    /// A number for data files: no grouping, one decimal when not whole.
    static func plain(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
