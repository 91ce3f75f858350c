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

    @Test func volumeIdentifiersAreStableAndDistinct() {
        #expect(edition.identifier(forVolume: "vision") == edition.identifier(forVolume: "vision"))
        #expect(edition.identifier(forVolume: "vision") != edition.identifier(forVolume: "appendix"))
        #expect(edition.identifier(forVolume: "vision").hasPrefix("urn:uuid:"))
    }

    @Test func xmlEscapingCoversMarkupQuotesAndControls() {
        #expect("<a & \"b\" 'c'>\u{0}\u{1B}\t".xmlEscaped == "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;\t")
    }
}
