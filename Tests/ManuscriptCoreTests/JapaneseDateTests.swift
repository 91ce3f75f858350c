import AssemblyTestSupport
import Foundation
import ManuscriptCore
import Testing

struct JapaneseDateTests {
    @Test func eraBoundaries() {
        #expect(JapaneseDate.format("2019-04-30") == "平成31年4月30日")
        #expect(JapaneseDate.format("2019-05-01") == "令和元年5月1日")
        #expect(JapaneseDate.format("2020-01-01") == "令和2年1月1日")
        #expect(JapaneseDate.format("1989-01-07") == "昭和64年1月7日")
        #expect(JapaneseDate.format("1989-01-08") == "平成元年1月8日")
        #expect(JapaneseDate.format("1926-12-24") == "大正15年12月24日")
        #expect(JapaneseDate.format("1926-12-25") == "昭和元年12月25日")
    }

    @Test func styles() {
        #expect(JapaneseDate.format("2026-03-19", style: .wareki) == "令和8年3月19日")
        #expect(JapaneseDate.format("2026-03-19", style: .seireki) == "2026年3月19日")
        #expect(JapaneseDate.format("2026-03-19", style: .both) == "令和8年（2026年）3月19日")
        #expect(JapaneseDate.format("2019-05-01", style: .both) == "令和元年（2019年）5月1日")
        #expect(JapaneseDate.format("令和7年度") == "令和7年度", "text that is not a date stays as written")
    }

    @Test func editionPrintsInItsStyleAndMarksProposals() {
        var edition = Edition(title: "計画", subtitle: nil, label: "L", status: .publicComment, date: "2026-03-19",
                              publisher: "P", language: "ja", identifier: "x")
        #expect(edition.printedDate(edition.date) == "令和8年3月19日", "和暦 by default")
        #expect(edition.printedTitle == "計画（案）")
        edition.dateStyle = .both
        edition.status = .final
        #expect(edition.printedDate(edition.date) == "令和8年（2026年）3月19日")
        #expect(edition.printedTitle == "計画")
    }

    /// Every day from 1927 to 2035 against Foundation's Japanese calendar, an independent source of
    /// the era boundaries (its eras are numbered 234 昭和, 235 平成, 236 令和).
    @Test func agreesWithFoundationsJapaneseCalendar() throws {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        var japanese = Calendar(identifier: .japanese)
        japanese.timeZone = gregorian.timeZone
        let names = [234: "昭和", 235: "平成", 236: "令和"]
        var day = try #require(gregorian.date(from: DateComponents(year: 1927, month: 1, day: 1)))
        let end = try #require(gregorian.date(from: DateComponents(year: 2035, month: 12, day: 31)))
        var mismatches: [String] = []
        while day <= end {
            let g = gregorian.dateComponents([.year, .month, .day], from: day)
            let j = japanese.dateComponents([.era, .year], from: day)
            let era = try #require(names[j.era!], "era \(j.era!)")
            let expected = "\(era)\(j.year! == 1 ? "元" : String(j.year!))年\(g.month!)月\(g.day!)日"
            let iso = String(format: "%04d-%02d-%02d", g.year!, g.month!, g.day!)
            if JapaneseDate.format(iso) != expected { mismatches.append("\(iso): \(JapaneseDate.format(iso)) ≠ \(expected)") }
            day = gregorian.date(byAdding: .day, value: 1, to: day)!
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}

/// `date-style` in edition.yaml: read into the edition, a wrong value refused where it is written.
struct DateStyleSettingTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func load(_ line: String) throws -> (edition: Edition?, findings: [String]) {
        let files = ["edition.yaml": line + "\n" + ManuscriptFixture.edition(vision: ["a.yaml"]), "a.yaml": "id: a\ntitle: 概要\nblocks: []\n"]
        let loaded = try ManuscriptFixture.load(files, in: folder)
        return (loaded.manuscript?.document.edition, loaded.findings.sorted.map(\.description))
    }

    @Test func theSettingIsReadAndDefaultsToTheEra() throws {
        #expect(try load("date-style: both").edition?.printedDate("2026-03-19") == "令和8年（2026年）3月19日")
        #expect(try load("date-style: seireki").edition?.printedDate("2026-03-19") == "2026年3月19日")
        #expect(try load("").edition?.printedDate("2026-03-19") == "令和8年3月19日")
        #expect(try load("date-style: heisei").findings == ["edition.yaml:1:13: error: date-style must be one of: wareki, seireki, both [manuscript]"])
    }
}
