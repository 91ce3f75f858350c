import AssemblyTestSupport
import BuiltInStages
import Foundation
import ManuscriptCore
import Testing

/// A link made in a CSV cell is placed at that cell (file:row:column), so a finding about it names
/// the data file.
struct LinkLocationTests {
    @Test func aTermLinkedInACSVCellIsPlacedAtItsCell() throws {
        let folder = try TemporaryFolder()
        let files = [
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"], appendix: ["g.yaml"],
                                                      pipeline: "pipeline:\n  - stage: glossary-linking\n"),
            "a.yaml": "id: a\ntitle: 章\nblocks:\n  - paragraph: 本文\n",
            "g.yaml": "id: g\ntitle: 用語集\nblocks:\n  - table: {caption: 用例, csv: t.csv}\n  - glossary: {}\n",
            "t.csv": "用語,例\n共生,共生の例\n",
            "glossary.yaml": "terms:\n  - {term: 共生, reading: きょうせい, definition: 共に生きること。}\n",
        ]
        let manuscript = try #require(try ManuscriptFixture.load(files, in: folder).manuscript)
        let document = try Pipeline(registry: builtInStages).run(manuscript).document
        let table = try #require(document.blockPlaces.lazy.compactMap { place -> Table? in
            if case .table(let table) = place.block.content { table } else { nil }
        }.first)
        let references = table.rows.flatMap { $0.flatMap { $0 } }.compactMap { inline -> CrossReference? in
            if case .reference(let reference) = inline { reference } else { nil }
        }
        #expect(references.map(\.location.description) == ["t.csv:2:1"], "a CSV cell is located at its row and column")
    }
}
