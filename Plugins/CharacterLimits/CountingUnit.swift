/// What a limit counts in; every limit names one.
enum CountingUnit: String, CaseIterable {
    /// Grapheme clusters after NFC; whitespace and line breaks excluded unless configured.
    case characters
    /// 全角換算: narrow and half-width characters count 0.5.
    case fullwidthEquivalent = "fullwidth-equivalent"
    /// 400字詰め原稿用紙 (20 × 20) sheets, laid out with line-start kinsoku and paragraph breaks.
    case manuscriptSheets = "manuscript-sheets"
    /// Printed pages: counted in the PDF when it was made, else estimated for the configured page layout.
    case pages

    /// The unit's name on the Japanese report page.
    var japaneseLabel: String {
        switch self {
        case .characters: "字"
        case .fullwidthEquivalent: "字（全角換算）"
        case .manuscriptSheets: "枚（400字詰め）"
        case .pages: "ページ"
        }
    }

    /// A count at the precision the unit is written in, in messages and in the report: whole
    /// characters, half characters for 全角換算, whole sheets (a sheet begun is a sheet, as when
    /// filling 原稿用紙), pages to one decimal.
    func rounded(_ value: Double) -> Double {
        switch self {
        case .characters: value.rounded()
        case .fullwidthEquivalent: (value * 2).rounded() / 2
        // Rounded to a millionth first, so a sum such as 11.999999999999998 is not a 13th sheet.
        case .manuscriptSheets: ((value * 1_000_000).rounded() / 1_000_000).rounded(.up)
        case .pages: (value * 10).rounded() / 10
        }
    }

    /// How a count in this unit is printed in messages: "3,412 characters (fullwidth-equivalent)".
    /// - parameter measured: pages counted in the PDF rather than estimated.
    func describe(_ value: Double, measured: Bool = false) -> String {
        switch self {
        case .characters: "\(CountFormat.number(value)) characters"
        case .fullwidthEquivalent: "\(CountFormat.number(value)) characters (fullwidth-equivalent)"
        case .manuscriptSheets: "\(CountFormat.number(value)) manuscript sheets (400字詰め)"
        case .pages: measured ? "\(CountFormat.number(value)) pages in its PDF" : "an estimated \(CountFormat.number(value)) pages"
        }
    }
}
