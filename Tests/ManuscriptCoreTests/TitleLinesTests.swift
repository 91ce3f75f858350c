import ManuscriptCore
import Testing

/// Large titles break at phrase boundaries, never inside a word.
struct TitleLinesTests {
    @Test func aTitleThatFitsStaysWhole() {
        #expect(TitleLines.split("いわき市地域共生ビジョン（案）", capacity: 16.4) == ["いわき市地域共生ビジョン（案）"])
    }

    @Test func aLongTitleBreaksAtItsSpaceAndKeepsTheDraftMarkWithTheWord() {
        #expect(TitleLines.split("いわき市社会福祉協議会 令和6年度事業計画（案）", capacity: 16.4)
                == ["いわき市社会福祉協議会", "令和6年度事業計画（案）"])
    }

    @Test func aSubtitleBreaksBeforeItsBracket() {
        #expect(TitleLines.split("いわき市地域福祉計画（社会福祉法第107条に基づく市町村地域福祉計画）", capacity: 27.3)
                == ["いわき市地域福祉計画", "（社会福祉法第107条に基づく市町村地域福祉計画）"])
    }

    @Test func aQuotedTitleBreaksAfterItsClosingBracket() {
        #expect(TitleLines.split("「いわき市社会福祉協議会 令和6年度事業計画（案）」に対する意見提出用紙", capacity: 27.3)
                == ["「いわき市社会福祉協議会 令和6年度事業計画（案）」", "に対する意見提出用紙"])
    }

    /// 「第3章」 alone above its title would look stranded: the renderer wraps the heading instead.
    @Test func noBoundaryThatLeavesAStrandedFirstLine() {
        #expect(TitleLines.split("第3章 誰もが安心して暮らし続けられる地域をつくるために", capacity: 27.3).count == 1)
    }
}
