import Foundation
@testable import ManuscriptCore
import Testing

/// The hand-written number matcher against the regular expression it replaces, on the cells tables
/// hold and on many random lines made of the pieces that matter to it.
struct NumberCellTests {
    static let pattern = try! NSRegularExpression(pattern:
        "^(約|計|▲|△|[+＋−－-])?[0-9０-９][0-9０-９,，.．]*(" + TableText.units.map(NSRegularExpression.escapedPattern).joined(separator: "|")
            + "|人/[^\\s]+)?(（[^）]*）)?$")

    static func regexMatches(_ line: String) -> Bool {
        pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    @Test(arguments: ["1,234人", "約3割", "▲12.5%", "－5", "30人/日", "3人/日（注 あり）", "12（見込み）", "令和8年", "12か所", "3ヶ月",
                      "１２．５％", "+3", "3人/", "3人/ 日", "12（a）（b）", "12（", "計", "12\n", "12\r\n", "12\r\r", "12\u{2028}", "", "a1",
                      "3人/\u{0B}日", "3人/\u{85}日", "1人/\u{0B}", "3人/a\u{85}b", "3人/\u{A0}日", "3人/\u{3000}日", "12\u{200B}"])
    func aTableCellIsANumberWhenTheExpressionSaysSo(line: String) {
        #expect(NumberCell.matches(line) == Self.regexMatches(line), "\(line.debugDescription)")
    }

    @Test func randomLinesMatchAsTheExpressionDoes() {
        let pieces = ["1", "２", ",", "．", "約", "▲", "-", "人", "/", "日", "年", "年度", "か所", "か", "%", "（", "）", "注", " ", "　", "\t",
                      "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{200B}", "a", "万", "円"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50_000 {
            let line = (0..<Int.random(in: 0...9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(NumberCell.matches(line) == Self.regexMatches(line), "\(line.debugDescription)")
        }
    }
}
