import Foundation

/// A number as a CSV cell writes it: thousands separators and a unit may follow, 「324,706人」,
/// 「29.8%」, 「6.61点」; full-width digits are read as digits.
struct CellNumber {
    let value: Double
    /// The unit written after the number, if any (人, %, 点).
    let unit: String
    /// Digits after the decimal point, as written.
    let decimals: Int

    init?(_ text: String) {
        var folded = ""
        for scalar in text.trimmingCharacters(in: .whitespaces).unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: folded.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: folded += "."
            case 0xFF0C: folded += ","
            case 0xFF05: folded += "%"
            case 0x2212, 0xFF0D: folded += "-"
            default: folded.unicodeScalars.append(scalar)
            }
        }
        var number = ""
        var rest = Substring(folded)
        if rest.first == "-" { number = "-"; rest = rest.dropFirst() }
        var seenDigit = false, seenPoint = false, decimals = 0
        while let character = rest.first {
            if character.isASCII, character.isNumber {
                number.append(character); seenDigit = true
                if seenPoint { decimals += 1 }
            } else if character == ",", seenDigit, !seenPoint {
                // a thousands separator: skipped
            } else if character == ".", seenDigit, !seenPoint {
                number.append(character); seenPoint = true
            } else {
                break
            }
            rest = rest.dropFirst()
        }
        let unit = rest.trimmingCharacters(in: .whitespaces)
        guard seenDigit, let value = Double(number), value.isFinite,
              !unit.contains(where: { $0.isNumber }) else { return nil }
        self.value = value
        self.unit = unit
        self.decimals = decimals
    }
}
