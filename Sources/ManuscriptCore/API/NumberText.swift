import Glibc

/// Numbers as the outputs print them, the same on every machine: C's `%.*f` digits and thousands
/// grouped with commas, never the machine's locale (`formatted()` would print 「1.234件」 under a
/// German one). Written without Foundation's formatters, whose set-up cost more than a small
/// book's whole character count.
public enum NumberText {
    /// `value` with `decimals` digits after the point, correctly rounded, as `%.*f` prints it.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let precision = Int32(clamping: max(0, decimals))
        // The largest double has 309 digits before the point.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer in
            let needed = Int(withVaList([precision, value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.*f", $0) })
            if needed < buffer.count { return String(cString: buffer.baseAddress!) }
            var larger = [CChar](repeating: 0, count: needed + 1)
            _ = withVaList([precision, value]) { vsnprintf(&larger, larger.count, "%.*f", $0) }
            return String(cString: larger)
        }
    }

    /// Thousands grouped: 「324,706」.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + grouping(Substring(digits))
    }

    /// `fixed`, its whole part grouped by thousands; a value that rounds to zero has no minus.
    public static func grouped(_ value: Double, decimals: Int) -> String {
        let text = fixed(value, decimals: decimals)
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : Substring(text)
        let point = digits.firstIndex(of: ".") ?? digits.endIndex
        let isZero = digits.allSatisfy { $0 == "0" || $0 == "." }
        return (negative && !isZero ? "-" : "") + grouping(digits[..<point]) + digits[point...]
    }

    /// `value` zero-padded to `width` digits: 「07」.
    public static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + zeros + digits
    }

    /// Each byte as two hexadecimal digits.
    public static func hex(_ bytes: some Sequence<UInt8>, uppercase: Bool = false) -> String {
        let digits = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func grouping(_ digits: Substring) -> String {
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
