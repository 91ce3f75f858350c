import ManuscriptCore

/// Numbers as messages print them: grouped thousands, one decimal when not whole.
enum CountFormat {
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return NumberText.grouped(rounded, decimals: rounded == rounded.rounded() ? 0 : 1)
    }
}

extension CountFormat {
    /// A number for data files: no grouping, one decimal when not whole.
    static func plain(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        // Int(_:) traps beyond its range; whole numbers that large print as %.0f does.
        guard rounded == rounded.rounded() else { return NumberText.fixed(rounded, decimals: 1) }
        return abs(rounded) < 1e15 ? String(Int(rounded)) : NumberText.fixed(rounded, decimals: 0)
    }
}
