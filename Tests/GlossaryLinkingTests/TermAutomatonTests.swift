@testable import GlossaryLinking
import Testing

struct TermAutomatonTests {
    func automaton(_ terms: [String]) -> TermAutomaton {
        TermAutomaton(spellings: terms.enumerated().map { ($0.element, $0.offset) })
    }

    func longest(_ terms: [String], in text: String) -> [String] {
        let chars = Array(text)
        return automaton(terms).longestMatches(in: chars).map { String(chars[$0.start..<$0.end]) }
    }

    @Test func longestTermWins() {
        let terms = ["共生", "地域共生", "地域共生社会"]
        #expect(longest(terms, in: "地域共生社会と地域共生と共生") == ["地域共生社会", "地域共生", "共生"])
    }

    @Test func everyOccurrenceIsFoundInOnePass() {
        let found = automaton(["共生", "地域共生", "社会"]).matches(in: Array("地域共生社会"))
        #expect(found.map { "\($0.start)-\($0.end)" } == ["0-4", "2-4", "4-6"])
    }

    @Test func leftmostWinsOverlaps() {
        // 福祉事業 and 事業者 overlap: the one starting first is taken, the other is not cut in half.
        #expect(longest(["福祉事業", "事業者"], in: "福祉事業者") == ["福祉事業"])
        #expect(longest(["abcd", "bcdef", "ef"], in: "abcdef") == ["abcd", "ef"])
    }

    @Test func failureLinksRecoverAfterPartialMatches() {
        #expect(longest(["ヤングケアラー", "ケア"], in: "ヤングダブルケアとヤングケアラー") == ["ケア", "ヤングケアラー"])
    }

    @Test func widthFoldingKeepsOneCharacterForOne() {
        #expect(WidthFolding.fold("ＮＰＯ法人８０５０ｶﾞ") == Array("NPO法人8050ガ"))
        #expect(WidthFolding.fold("①㎡") == Array("①㎡"), "compatibility characters outside the width forms stay")
        let original = "ＮＰＯとｶﾞｲﾄﾞ"
        #expect(WidthFolding.fold(original).count == original.count)
    }

    @Test func foldedCharactersAreComposed() {
        // Characters compare by canonical equivalence, so this checks the scalars the automaton steps over.
        let scalars = { (text: String) in WidthFolding.fold(text).flatMap(\.unicodeScalars).map(\.value) }
        #expect(scalars("ｶﾞﾊﾟｳﾞ") == "ガパヴ".unicodeScalars.map(\.value))
        #expect(scalars("か\u{3099}") == [0x304C])
        #expect(scalars("ｹｱﾏﾈｼﾞｬｰ") == "ケアマネジャー".unicodeScalars.map(\.value))
        #expect(longest(["ガイド"], in: String(WidthFolding.fold("ｶﾞｲﾄﾞ"))) == ["ガイド"])
    }

    @Test func latinLettersAndDigitsAreRecognisedAfterFolding() {
        #expect(WidthFolding.fold("ＤＶＤé8").allSatisfy(WidthFolding.isLatinAlphanumeric))
        #expect(!"地ー・ (-".contains(where: WidthFolding.isLatinAlphanumeric))
    }
}

extension TermAutomatonTests {
    @Test func matchesNeverSplitAGraphemeCluster() {
        // か followed by a combining voiced mark is が: the term か must not match half of it.
        #expect(longest(["か"], in: "か\u{3099}きか") == ["か"])
        let decomposed = "か\u{3099}き"
        #expect(TermAutomaton(spellings: [(WidthFolding.foldedString("がき"), 0)]).longestMatches(in: WidthFolding.fold(decomposed)).count == 1,
                "か + combining ゛ matches a term written が")
        #expect(longest(["葛飾"], in: "葛\u{E0100}飾") == [], "a variation selector makes it another character sequence")
    }
}

extension TermAutomatonTests {
    @Test func aSpellingSharedByTwoTermsBelongsToTheFirst() {
        let found = TermAutomaton(spellings: [("支援", 0), ("地域", 1), ("支援", 2)]).matches(in: Array("地域支援"))
        #expect(found.map(\.term) == [1, 0])
    }

    @Test func termsBeyondTheBasicPlaneAreFound() {
        // 𠮷 (U+20BB7) is outside the plane the root's table covers.
        #expect(longest(["𠮷野", "野家", "𠮷"], in: "𠮷野家と𠮷") == ["𠮷野", "𠮷"])
    }

    @Test func aNodeWithHundredsOfChildrenFindsEach() {
        // 地 followed by 500 different ideographs, and the same from the root.
        let seconds = (0..<501).map { String(Character(Unicode.Scalar(0x4E00 + $0 * 7)!)) }.filter { $0 != "地" }
        let terms = seconds.map { "地" + $0 } + seconds
        let text = seconds.map { "地" + $0 + "、" }.joined()
        let found = automaton(terms).matches(in: Array(text))
        #expect(found.count == 1000)
        #expect(longest(terms, in: text).count == 500 && longest(terms, in: text).allSatisfy { $0.hasPrefix("地") })
    }

    @Test func everyOccurrenceMatchesASearchForEachTerm() {
        // Many terms sharing prefixes and suffixes, against a plain search for each one.
        var generator = SystemRandomNumberGenerator()
        let letters = Array("地域共生社会福祉支援")
        var terms: [String] = []
        while terms.count < 300 {
            let term = String((0..<Int.random(in: 1...5, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            if !terms.contains(term) { terms.append(term) }
        }
        let text = Array(String((0..<2000).map { _ in letters.randomElement(using: &generator)! }))
        let found = automaton(terms).matches(in: text).map { "\($0.start)-\($0.end)-\($0.term)" }
        var expected: [(end: Int, length: Int, text: String)] = []
        for (term, spelling) in terms.enumerated() {
            let word = Array(spelling)
            for start in 0...(text.count - word.count) where Array(text[start..<(start + word.count)]) == word {
                expected.append((start + word.count, -word.count, "\(start)-\(start + word.count)-\(term)"))
            }
        }
        // In order of their ends, the longest first at each end.
        #expect(found == expected.sorted { ($0.end, $0.length) < ($1.end, $1.length) }.map(\.text))
    }
}
