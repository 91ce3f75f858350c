@testable import CharacterLimits
import ManuscriptCore
import Testing

struct SentenceAndLayoutTests {
    let at = ManuscriptCore.SourceLocation(path: "s.yaml", line: 4, column: 7)

    func sentences(_ text: String) -> [String] {
        Sentence.split([.anchor(at), .text(text)], fallback: at).map(\.text)
    }

    @Test func sentencesEndAtJapaneseTerminators() {
        #expect(sentences("一つ目です。二つ目！三つ目？四つ目") == ["一つ目です。", "二つ目！", "三つ目？", "四つ目"])
    }

    @Test func aRunOfTerminatorsEndsOneSentence() {
        #expect(sentences("本当ですか！？次の文です。") == ["本当ですか！？", "次の文です。"])
        #expect(sentences("Really?! Yes.") == ["Really?!", "Yes."])
        #expect(sentences("えっ！！？？　そうです。") == ["えっ！！？？", "そうです。"])
        #expect(sentences("閉じ括弧が続く。」次。") == ["閉じ括弧が続く。」", "次。"], "a stray closing bracket stays with its sentence")
    }

    @Test func nestedBracketsKeepTheirSentenceWhole() {
        #expect(sentences("「「地域で支え合う。」これが目標です。」と話した。次。") == ["「「地域で支え合う。」これが目標です。」と話した。", "次。"])
        #expect(sentences("「「支え合う。」これが目標です。」") == ["「「支え合う。」これが目標です。」"])
        #expect(sentences("（注：「はい。」と答えた。）で終わり。") == ["（注：「はい。」と答えた。）で終わり。"])
    }

    @Test func bracketsAndQuotesKeepASentenceTogether() {
        #expect(sentences("彼は「はい。そうです。」と答えた。次の文。") == ["彼は「はい。そうです。」と答えた。", "次の文。"])
        #expect(sentences("『本。』（注。）“quoted. text.”で終わり。") == ["『本。』（注。）“quoted. text.”で終わり。"])
        #expect(sentences("閉じ括弧」が多い。次。") == ["閉じ括弧」が多い。", "次。"])
    }

    @Test func lineBreaksEndSentences() {
        let split = Sentence.split([.anchor(at), .text("一行目"), .lineBreak, .text("二行目。")], fallback: at)
        #expect(split.map(\.text) == ["一行目", "二行目。"])
    }

    @Test func sentencesKnowWhereTheyStart() {
        let split = Sentence.split([.anchor(at), .text("短い。"), .strong([.anchor(.init(path: "s.yaml", line: 4, column: 12)), .text("強調")]),
                                    .anchor(.init(path: "s.yaml", line: 5, column: 7)), .text("の文。")], fallback: at)
        #expect(split.map(\.location.description) == ["s.yaml:4:7", "s.yaml:4:12"])
        #expect(split.map(\.text) == ["短い。", "強調の文。"])
    }

    @Test func tableCellsWithoutTerminatorsAreNotSentences() {
        let cell: [Inline] = [.text("福祉意識の醸成／担い手づくり")]
        #expect(Sentence.split(cell, fallback: at, terminatedOnly: true).isEmpty)
        #expect(Sentence.split([.text("関心を持ちます。")], fallback: at, terminatedOnly: true).count == 1)
        // A closing bracket does not make a phrase a sentence; a terminator before it does.
        for phrase in ["いわき市地域福祉計画（第3次）", "「できることから」", "【重点】"] {
            #expect(Sentence.split([.text(phrase)], fallback: at, terminatedOnly: true).isEmpty, "\(phrase)")
        }
        for sentence in ["「一緒にやろう。」", "（関心を持ちます。）", "本当ですか！？」"] {
            #expect(Sentence.split([.text(sentence)], fallback: at, terminatedOnly: true).map(\.text) == [sentence])
        }
    }

    @Test func manuscriptLinesFollowKinsoku() {
        let layout = Layout(rules: CountingRules(), width: 20)
        let twenty = String(repeating: "あ", count: 20)
        #expect(layout.lines(Array(twenty), indented: false) == 1)
        #expect(layout.lines(Array(twenty + "。"), indented: false) == 1, "a full stop hangs at the line end")
        #expect(layout.lines(Array(twenty + "」。"), indented: false) == 2, "only one character may hang")
        #expect(layout.lines(Array(String(repeating: "あ", count: 18) + "。」"), indented: false) == 1, "print: each takes a cell")
        #expect(layout.lines(Array(twenty + "あ"), indented: false) == 2)
        #expect(layout.lines(Array(String(repeating: "あ", count: 19) + "あ"), indented: true) == 2, "the indent takes a cell")
        #expect(layout.lines(Array(String(repeating: "1", count: 40)), indented: false) == 1, "two half-width digits share a cell")
        #expect(layout.lines(Array(""), indented: true) == 1)
    }

    @Test func onManuscriptSheetsAClosingBracketSharesTheFullStopsCell() {
        let sheet = Layout(rules: CountingRules(), width: 20, closerSharesStopCell: true)
        let nineteen = String(repeating: "あ", count: 19)
        #expect(sheet.lines(Array(nineteen + "。」"), indented: false) == 1, "。」 in the last cell")
        #expect(sheet.lines(Array(nineteen + "あ。」"), indented: false) == 1, "。」 hang together at the line end")
        #expect(sheet.lines(Array(nineteen + "あ。」」"), indented: false) == 2, "only the first closing bracket shares the cell")
        #expect(sheet.lines(Array(nineteen + "あ？」"), indented: false) == 2, "？ and 」 take a cell each")
        // Seven 「あ。」 take 21 cells on 原稿用紙, the last 。 hanging: one line, where print needs 28 cells.
        let quotes = TextPiece(String(repeating: "「あ。」", count: 7), .item)
        #expect(Measure(rules: CountingRules()).count([quotes], in: .manuscriptSheets) == 1.0 / 20)
        #expect(Layout(rules: CountingRules(), width: 20).lines(Array(quotes.text), indented: false) == 2)
    }

    @Test func sheetsAndPagesCountLinesOfTheirLayouts() {
        let measure = Measure(rules: CountingRules())
        let paragraph = TextPiece(String(repeating: "あ", count: 399), .body)  // 400 cells with the indent
        #expect(measure.count([paragraph], in: .manuscriptSheets) == 1)
        #expect(measure.count([paragraph, paragraph], in: .manuscriptSheets) == 2)
        // 40 × 36 per page: 400 cells take 10 lines, a heading 1 line and a line of space.
        #expect(measure.count([TextPiece("見出し", .heading), paragraph], in: .pages) == 12.0 / 36)
        #expect(measure.count([TextPiece("", .figure)], in: .pages) == 12.0 / 36)
    }

    @Test func unitsDescribeThemselves() {
        #expect(CountingUnit.fullwidthEquivalent.describe(3412) == "3,412 characters (fullwidth-equivalent)")
        #expect(CountingUnit.manuscriptSheets.describe(12.44) == "12.4 manuscript sheets (400字詰め)")
        #expect(CountingUnit.pages.describe(14) == "an estimated 14 pages")
    }
}
