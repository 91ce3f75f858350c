import ManuscriptCore

/// Lays text out on a grid of fixed-width lines, as 原稿用紙 and printed pages do.
///
/// Each paragraph starts a new line (indented one cell when it is body text). A character that must
/// not start a line (行頭禁則: 、。」) and small kana among them) hangs in the margin of the line before
/// instead. Half-width characters take half a cell, so two digits share one, as on 原稿用紙.
struct Layout {
    let rules: CountingRules
    let width: Double
    /// 原稿用紙 writes a closing bracket after a full stop in the stop's cell (。」 takes one cell);
    /// print gives each its own.
    var closerSharesStopCell = false

    static let fullStops = ScalarSet("。．")

    static let noLineStart = ScalarSet("、。，．,.）)」』】〕〉》］]｝}’”ー…‥・：；:;！？!?ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ")

    /// Lines one paragraph takes, from its grapheme clusters in NFC.
    func lines(_ text: [Character], indented: Bool) -> Int {
        lines(text.map { CountedCharacter($0, rules: rules) }, indented: indented)
    }

    /// The same from its characters as ``CountedCharacter/all(in:rules:)`` sorts them out.
    func lines(_ text: [CountedCharacter], indented: Bool) -> Int {
        var lines = 1
        var column = indented ? 1.0 : 0
        var hung = false
        var afterStop = false
        for character in text {
            if character.isLineBreak { lines += 1; column = 0; hung = false; afterStop = false; continue }
            let sharesCell = closerSharesStopCell && afterStop && character.isClosing
            afterStop = character.isFullStop
            let cell = sharesCell ? 0 : character.width
            if column + cell > width {
                if !hung && character.mayNotStartLine { hung = true; continue }
                lines += 1
                column = 0
                hung = false
            }
            column += cell
        }
        return lines
    }
}
