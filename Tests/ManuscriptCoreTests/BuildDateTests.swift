import Foundation
import ManuscriptCore
import Testing

struct BuildDateTests {
    let edition = Edition(title: "T", subtitle: nil, label: "L", status: .draft, date: "2026-03-19", publisher: "P", language: "ja", identifier: "x")

    @Test func editionDateAtMidnightUTC() {
        #expect(BuildDate.forBuild(of: edition, environment: [:]).iso8601 == "2026-03-19T00:00:00Z")
    }

    @Test func sourceDateEpochWins() {
        let date = BuildDate.forBuild(of: edition, environment: ["SOURCE_DATE_EPOCH": "1790000000"])
        #expect(date.iso8601 == "2026-09-21T14:13:20Z")
        #expect(BuildDate.forBuild(of: edition, environment: ["SOURCE_DATE_EPOCH": "junk"]).iso8601 == "2026-03-19T00:00:00Z")
    }

    @Test func invalidDatesAreRefused() {
        #expect(BuildDate(editionDate: "2026-02-29") == nil)
        #expect(BuildDate(editionDate: "2028-02-29") != nil)
        #expect(BuildDate(editionDate: "26-3-19") == nil)
    }

    /// Dates are worked out by arithmetic; Foundation's Gregorian calendar in UTC is the oracle.
    @Test func datesAgreeWithFoundationsCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var seconds = 315_532_800  // 1980-01-01, the earliest a zip entry can hold
        while seconds < 4_354_819_200 {  // 2108-01-01
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            let f = BuildDate(secondsSince1970: seconds).utcFields
            #expect(f == (c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!), "at \(seconds)")
            seconds += 3_456_789  // about 40 days and some hours, so every month and hour comes round
        }
        for year in [1980, 1999, 2000, 2024, 2026, 2100, 2107] {
            for month in 1...12 {
                for day in [1, 28, 29, 30, 31] {
                    let text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
                    let components = DateComponents(year: year, month: month, day: day)
                    let expected = components.isValidDate(in: calendar) ? calendar.date(from: components).map { Int($0.timeIntervalSince1970) } : nil
                    #expect(BuildDate(editionDate: text)?.secondsSince1970 == expected, "\(text)")
                }
            }
        }
    }

    @Test func volumeIdentifiersAreStableAndDistinct() {
        #expect(edition.identifier(forVolume: "vision") == edition.identifier(forVolume: "vision"))
        #expect(edition.identifier(forVolume: "vision") != edition.identifier(forVolume: "appendix"))
        #expect(edition.identifier(forVolume: "vision").hasPrefix("urn:uuid:"))
    }

    @Test func xmlEscapingCoversMarkupQuotesAndControls() {
        #expect("<a & \"b\" 'c'>\u{0}\u{1B}\t".xmlEscaped == "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;\t")
    }
}
