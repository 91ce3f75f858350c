/// A text piece's counts, kept once worked out: a section's pieces are counted for the section, its
/// volume and the report in every unit, and a 10 MB manuscript would otherwise be counted dozens of
/// times over. A piece is only ever counted under one run's ``CountingRules``.
final class PieceCounts {
    var characters: Double?
    var fullwidthEquivalent: Double?
    /// Lines by layout: the line width, times two, plus one when body text is indented.
    private var lines: [Int: Int] = [:]

    func lines(width: Int, indentBody: Bool, _ compute: () -> Int) -> Int {
        let key = width * 2 + (indentBody ? 1 : 0)
        if let known = lines[key] { return known }
        let value = compute()
        lines[key] = value
        return value
    }

    static func remembered(_ slot: inout Double?, _ compute: () -> Double) -> Double {
        if let known = slot { return known }
        let value = compute()
        slot = value
        return value
    }
}
