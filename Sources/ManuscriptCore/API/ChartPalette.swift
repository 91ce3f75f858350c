import Foundation

/// The colours charts draw series with, in both writers: the Okabe–Ito colour-blind-safe palette,
/// keeping only its colours with at least 3:1 contrast against white (WCAG 1.4.11), so orange,
/// sky blue and yellow are left out. Colour is never the only cue: series also differ by pattern
/// or marker, and values are labelled directly.
public enum ChartPalette {
    /// Blue, vermillion, bluish green, reddish purple, black (hex RGB, no `#`).
    public static let colours = ["0072B2", "D55E00", "009E73", "CC79A7", "000000"]

    public static func colour(_ index: Int) -> String { colours[index % colours.count] }

    /// The contrast ratio of a colour against white, as WCAG defines it.
    public static func contrastAgainstWhite(_ hex: String) -> Double {
        let value = Int(hex, radix: 16) ?? 0
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
        return 1.05 / (luminance + 0.05)
    }
}
