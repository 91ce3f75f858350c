@testable import GlossaryLinking
import Testing

/// Runs read scalar by scalar find the terms that reading them character by character finds.
struct FoldedRunTests {
    let automaton = TermAutomaton(spellings: ["NPO", "地域共生", "ガイド", "8050問題", "市民"].enumerated().map { (WidthFolding.foldedString($0.element), $0.offset) })

    func characterMatches(_ text: String) -> [String] {
        automaton.matches(in: WidthFolding.fold(text)).map { "\($0.term)@\($0.start)-\($0.end)" }
    }

    @Test func scalarsAndCharactersAgree() {
        for text in ["ＮＰＯと地域共生", "８０５０問題とNPO法人", "市民　地域共生社会", "①の市民", "ガイドブック"] {
            let run = FoldedRun([text])
            #expect(run.countsScalars, "«\(text)» is read by scalars")
            #expect(run.matches(of: automaton).map { "\($0.term)@\($0.start)-\($0.end)" } == characterMatches(text), "«\(text)»")
        }
    }

    @Test func joiningMarksAndHalfWidthKanaAreReadByCharacters() {
        for text in ["ｶﾞｲﾄﾞ", "カ\u{3099}イド", "市民\u{FE0F}", "\r\n市民"] {
            let run = FoldedRun([text])
            #expect(!run.countsScalars, "«\(text)»")
            #expect(run.matches(of: automaton).map { "\($0.term)@\($0.start)-\($0.end)" } == characterMatches(text), "«\(text)»")
        }
    }

    @Test func exclusionsCompareTheSameEitherWay() {
        let exclusion = FoldedExclusion("都市民俗")
        let run = FoldedRun(["古い都市民俗の研究"])
        #expect(run.countsScalars && run.holds(exclusion, at: 2) && !run.holds(exclusion, at: 1))
        let characters = FoldedRun(["ｶﾞ都市民俗"])
        #expect(!characters.countsScalars && characters.holds(exclusion, at: 1))
    }
}
