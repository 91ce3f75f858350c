import ManuscriptCore
import Testing

struct TableLayoutTests {
    func cell(_ text: String) -> [Inline] { [.text(text)] }
    let sentence = "計画の策定方針と日程について説明し、地域の課題について委員から意見をいただきました。今後の進め方についても協議しました。"

    /// A column of dates beside a column of sentences keeps the whole date on one line; the
    /// sentences take the rest.
    @Test func datesAndShortHeadersGetTheirWholeWidth() {
        let layout = TableLayout(header: [[cell("回"), cell("開催日"), cell("内容"), cell("参加者数")]],
                                 rows: [[cell("第1回"), cell("令和7年12月19日（金）"), cell(sentence), cell("1,234人")],
                                        [cell("第2回"), cell("令和8年3月1日"), cell(sentence), cell("56人")]],
                                 rowHeaderColumns: 1)
        let padding = TableLayout.cellPadding
        #expect(layout.columns[1].width >= 10.5 + padding, "「令和7年12月19日（金）」 is 10½ ems and must not break")
        #expect(layout.columns[3].width >= 4 + padding, "「参加者数」")
        #expect(layout.columns[0].width >= 2.5 + padding)
        #expect(abs(layout.columns.map(\.width).reduce(0, +) - TableLayout.pageWidth) < 0.001)
        #expect(layout.columns.map(\.alignment) == [.start, .start, .start, .end])
        #expect(layout.columns[3].headerAlignment == .center)
        #expect(layout.keepsTogether)
    }

    /// Long text breaks between characters, but never before 。 or inside 「2,345人」.
    @Test func longTextBreaksOnlyWhereJapaneseMay() {
        let long = String(repeating: "地域の課題を共有し、", count: 8) + "参加者は2,345人でした。"
        let layout = TableLayout(header: [], rows: [[cell(long), cell(long), cell(long), cell(long), cell(long), cell(long), cell(long)]],
                                 rowHeaderColumns: 0)
        // Seven equal columns: each gets an equal share, at least its widest unbreakable run 「2,345人で」 is not forced.
        #expect(layout.columns.allSatisfy { abs($0.width - TableLayout.pageWidth / 7) < 0.001 })
        let narrow = TableLayout(header: [], rows: [[cell("あ、"), cell(long)]], rowHeaderColumns: 0, width: 10)
        #expect(narrow.columns[0].width >= 2 + TableLayout.cellPadding, "「あ、」 stays together")
        let dates = TableLayout(header: [], rows: [[cell("令和8年3月19日から"), cell(long)]], rowHeaderColumns: 0, width: 20)
        #expect(dates.columns[0].width >= 7 + TableLayout.cellPadding, "「令和8年3月19日」 stays together")
    }

    /// A long web address breaks after its slashes, so it does not squeeze a column of sentences to
    /// two characters a line (the related-plans table: 名称, 概要, 掲載ページ).
    @Test func aWebAddressLeavesRoomForTheSentencesBesideIt() {
        let url = "https://www.city.iwaki.lg.jp/www/contents/1001000000758/index.html"
        let layout = TableLayout(header: [[cell("計画等の名称"), cell("概要"), cell("掲載ページ")]],
                                 rows: [[cell("いわき市地域福祉計画"), cell("市が社会福祉法に基づいて定める、地域福祉の基本となる計画です。"), cell(url)]],
                                 rowHeaderColumns: 1)
        #expect(layout.columns[1].width >= 12 + TableLayout.cellPadding, "概要 gets room: \(layout.columns.map(\.width))")
        #expect(layout.columns[2].width >= 7 + TableLayout.cellPadding, "「1001000000758/」 stays whole")
        // Outside an address a slash keeps Latin text together: 「and/or」.
        let plain = TableLayout(header: [], rows: [[cell("選択肢A/選択肢B/選択肢C/and/or/either"), cell(sentence)]], rowHeaderColumns: 0, width: 20)
        #expect(plain.columns[0].width >= 7 + TableLayout.cellPadding)
    }

    @Test func marksAreCentredAndDashesDoNotMakeAColumnText() {
        let layout = TableLayout(header: [[cell("主体"), cell("見守り"), cell("人数")]],
                                 rows: [[cell("市民"), cell("●"), cell("－")], [cell("行政"), cell("－"), cell("12人")], [cell("団体"), cell("○"), cell("3.5%")]],
                                 rowHeaderColumns: 1)
        #expect(layout.columns.map(\.alignment) == [.start, .center, .end])
    }

    @Test func aLongTableIsNotKeptTogether() {
        let rows = (1...40).map { [cell("第\($0)回"), cell("令和8年3月19日")] }
        #expect(!TableLayout(header: [], rows: rows, rowHeaderColumns: 1).keepsTogether)
    }
}

extension TableLayoutTests {
    @Test func aMatrixSharesItsWidthEqually() {
        let layout = TableLayout(header: [[cell("主体"), cell("基本目標Ⅰ 共に生きる社会をつくる"), cell("基本目標Ⅱ 支え合い、誰もが安心できる地域をつくる")]],
                                 rows: [[cell("市民"), cell("●"), cell("－")], [cell("行政"), cell("－"), cell("●")]], rowHeaderColumns: 1)
        #expect(layout.columns[1].width == layout.columns[2].width)
        #expect(layout.columns[1].alignment == .center && layout.columns[1].headerAlignment == .center)
    }
}

extension TableLayoutTests {
    /// Hostile cells (long runs of digits, of kanji) are measured in linear time: four times the
    /// text takes about four times as long, not sixteen (a ratio, so a busy machine does not fail it).
    @Test func hugeCellsAreMeasuredInLinearTime() {
        let clock = ContinuousClock()
        func time(_ count: Int) -> Duration {
            let digits = String(repeating: "1", count: count), kanji = String(repeating: "地域", count: count / 2)
            return (0..<3).map { _ in
                clock.measure { #expect(TableLayout(header: [], rows: [[cell(digits), cell(kanji)]], rowHeaderColumns: 0).columns.count == 2) }
            }.min()!
        }
        let small = time(20_000), large = time(80_000)
        #expect(large / small < 9, "4× the text took \(large / small)× as long (\(small), \(large))")
    }
}
