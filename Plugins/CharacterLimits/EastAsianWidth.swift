/// A character's East Asian Width class (UAX #11), as 全角換算 needs it.
enum EastAsianWidth {
    /// F and W: counts 1.
    case wide
    /// H: half-width forms such as ｶ; counts 0.5.
    case halfwidth
    /// A: wide in East Asian contexts (①, ●, ※); counted as configured.
    case ambiguous
    /// Na and N: counts 0.5.
    case narrow

    static func of(_ scalar: Unicode.Scalar) -> EastAsianWidth {
        let value = scalar.value
        // ASCII, kana and the unified ideographs, most of a manuscript, without the search.
        if value < 0xA1 { return .narrow }
        if (0x3040...0x3247).contains(value) || (0x4E00...0x9FFF).contains(value) { return .wide }
        var low = 0, high = EastAsianWidthTable.ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = EastAsianWidthTable.ranges[middle]
            if value < range.first { high = middle - 1 } else if value > range.last { low = middle + 1 } else { return range.width }
        }
        return .narrow
    }
}
