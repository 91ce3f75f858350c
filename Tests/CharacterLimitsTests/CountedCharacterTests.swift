@testable import CharacterLimits
import Testing

/// Text read scalar by scalar (every scalar a character of its own) counts as text read by
/// grapheme clusters.
struct CountedCharacterTests {
    @Test func scalarsCountAsTheirCharacters() {
        let rules = CountingRules()
        let text = "地域共生 ＮＰＯ、８０５０問題。「はい」ｶ①●※\u{3000}abc\n×"
        let byScalars = CountedCharacter.all(in: text, rules: rules)
        let byCharacters = text.map { CountedCharacter($0, rules: rules) }
        #expect(byScalars.count == byCharacters.count)
        for (a, b) in zip(byScalars, byCharacters) {
            #expect(a.width == b.width && a.counts == b.counts && a.isLineBreak == b.isLineBreak && a.isFullStop == b.isFullStop
                    && a.isClosing == b.isClosing && a.mayNotStartLine == b.mayNotStartLine)
        }
    }

    @Test func joiningMarksAreCountedByCharacters() {
        let rules = CountingRules()
        #expect(CountedCharacter.all(in: "か\u{3099}ｶﾞ", rules: rules).map(\.width) == [1, 1])
        #expect(CountedCharacter.all(in: "\r\n", rules: rules).count == 1)
    }
}
