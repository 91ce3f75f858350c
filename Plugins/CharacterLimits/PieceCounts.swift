/// A text piece's counts, worked out together the first time one is asked for: a section's pieces
/// are counted for the section, its volume and the report in every unit, and a 10 MB manuscript would
/// otherwise be counted dozens of times over. A piece is only ever counted under one run's
/// ``CountingRules``.
final class PieceCounts {
    struct Values {
        var characters: Double
        var fullwidthEquivalent: Double
        /// Lines on 原稿用紙 (20 cells) and on the estimated page, body text indented.
        var sheetLines: Int
        var pageLines: Int
    }

    private var known: Values?

    func values(_ compute: () -> Values) -> Values {
        if let known { return known }
        let values = compute()
        known = values
        return values
    }
}
