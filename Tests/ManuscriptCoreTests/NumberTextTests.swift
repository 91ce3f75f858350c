import Foundation
import ManuscriptCore
import Testing

/// NumberText replaced `String(format:)`, `formatted()` and `NumberFormatter` in every output;
/// those are the oracles, with the locale pinned where they would use the machine's.
struct NumberTextTests {
    let values: [Double] = {
        var values: [Double] = [0, -0.0, 0.05, 0.15, 0.25, 0.35, 2.5, 3.5, -2.5, 0.45, 1.005, 12.345, 99.95, 999.5, 1_000, 1_234.56,
                                -1_234.56, 324_706, 98_616.04, 1e15, 1e21, 1e300, -1e300, 4.9e-324, .greatestFiniteMagnitude]
        var state: UInt64 = 42
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let mantissa = Double(state >> 11) / Double(1 << 53)
            values.append((mantissa - 0.3) * pow(10, Double(state % 9)))
        }
        return values
    }()

    @Test func fixedIsWhatPrintfPrints() {
        for value in values {
            for decimals in 0...6 {
                #expect(NumberText.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value), "\(value) \(decimals)")
            }
        }
    }

    @Test func groupedIntegersAreWhatAnEnglishLocalePrints() {
        let english = Locale(identifier: "en_US")
        for value in [0, 7, -7, 999, 1_000, -1_000, 12_345, 999_999, 1_000_000, -98_765_432, Int.max, Int.min] {
            #expect(NumberText.grouped(value) == value.formatted(.number.locale(english)), "\(value)")
        }
    }

    /// As the character-count messages used to print their counts, to one decimal.
    @Test func groupedDecimalsAreWhatNumberFormatterPrints() {
        func formatter(_ digits: Int) -> NumberFormatter {
            let formatter = NumberFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.numberStyle = .decimal
            formatter.minimumFractionDigits = digits
            formatter.maximumFractionDigits = digits
            return formatter
        }
        let (whole, tenths) = (formatter(0), formatter(1))
        for value in values where value.magnitude < 1e15 && value != 0 {
            let rounded = (value * 10).rounded() / 10
            let isWhole = rounded == rounded.rounded()
            let expected = (isWhole ? whole : tenths).string(from: NSNumber(value: rounded))!
            if rounded == 0 { continue }  // the formatter's "-0"; a count is never negative
            #expect(NumberText.grouped(rounded, decimals: isWhole ? 0 : 1) == expected, "\(rounded)")
        }
        #expect(NumberText.grouped(-0.04, decimals: 1) == "0.0")
        #expect(NumberText.grouped(-1234.5, decimals: 1) == "-1,234.5")
    }

    @Test func paddedAndHexAreWhatPrintfPrints() {
        for value in [0, 5, 9, 10, 99, 100, 2026, 12_345] {
            #expect(NumberText.padded(value, width: 2) == String(format: "%02d", value))
            #expect(NumberText.padded(value, width: 4) == String(format: "%04d", value))
        }
        let bytes: [UInt8] = [0, 1, 0x0F, 0x10, 0x7F, 0x80, 0xAB, 0xFF]
        #expect(NumberText.hex(bytes) == bytes.map { String(format: "%02x", $0) }.joined())
        #expect(NumberText.hex(bytes, uppercase: true) == bytes.map { String(format: "%02X", $0) }.joined())
    }
}
