import AssemblyTestSupport
import BuiltInStages
import Foundation
import ManuscriptCore
import Testing

/// Each scope setting links the right occurrences, across sections, chapters and volumes.
struct LinkScopeTests {
    func linkedCount(scope: String?) throws -> Int {
        let folder = try TemporaryFolder()
        let pipeline = "pipeline:\n  - stage: glossary-linking\n" + (scope.map { "    options: {scope: \($0)}\n" } ?? "")
        let chapter = { (id: String) in "id: \(id)\ntitle: 章\nblocks:\n  - paragraph: 共生と共生\n  - heading: 節\n  - paragraph: 共生\n" }
        let files = [
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml", "b.yaml"], appendix: ["c.yaml"], pipeline: pipeline),
            "a.yaml": chapter("a"), "b.yaml": chapter("b"), "c.yaml": chapter("c"),
            "glossary.yaml": "terms:\n  - {term: 共生, reading: きょうせい, definition: 共に生きること。}\n",
        ]
        let manuscript = try #require(try ManuscriptFixture.load(files, in: folder).manuscript)
        let document = try Pipeline(registry: builtInStages).run(manuscript).document
        return document.blockPlaces.reduce(0) { count, place in
            guard case .paragraph(let text) = place.block.content else { return count }
            return count + text.filter { if case .footnote = $0 { true } else { false } }.count
        }
    }

    @Test func eachScopeLinksItsFirstOccurrences() throws {
        #expect(try linkedCount(scope: "first-per-section") == 6)  // 2 sections (before and under the heading) × 3 chapters
        #expect(try linkedCount(scope: "first-per-chapter") == 3)
        #expect(try linkedCount(scope: "first-per-volume") == 2)
        #expect(try linkedCount(scope: "all") == 9)
    }

    @Test func theDefaultLinksOncePerChapter() throws {
        // Once per heading footnoted 地域福祉 about ten times in the sample's 本編.
        #expect(try linkedCount(scope: nil) == 3)
    }
}
