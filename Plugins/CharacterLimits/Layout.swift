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

    /// Lines one paragraph takes, from its grapheme clusters in NFC (``TextPiece`` prepares them).
    func lines(_ text: [Character], indented: Bool) -> Int {
        var lines = 1
        var column = indented ? 1.0 : 0
        var hung = false
        var afterStop = false
        for character in text {
            if character == "\n" { lines += 1; column = 0; hung = false; afterStop = false; continue }
            let sharesCell = closerSharesStopCell && afterStop && Sentence.closing.contains(character)
            afterStop = Self.fullStops.contains(character)
            let cell = sharesCell ? 0 : rules.width(of: character)
            if column + cell > width {
                if !hung && Self.noLineStart.contains(character) { hung = true; continue }
                lines += 1
                column = 0
                hung = false
            }
            column += cell
        }
        return lines
    }
}
