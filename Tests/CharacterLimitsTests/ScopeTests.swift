import AssemblyTestSupport
import BuiltInStages
@testable import CharacterLimits
import Foundation
import ManuscriptCore
import Testing

/// Each scope picks the right text; checked through the stage on a small manuscript.
struct ScopeTests {
    static let section = """
        id: overview
        title: 概要
        blocks:
          - paragraph: 前文です。
          - heading: 目的
            id: purpose
          - paragraph: 目的の本文です。
          - heading: 詳細
            id: details
            level: 3
          - paragraph: 詳細の本文です。
          - heading: 背景
            id: background
          - paragraph: 背景。
          - table: {caption: 表の題, rows: [[市民, 関心を持つ。]]}
          - list: [一つ目, 二つ目の項目]
          - note: 編集メモは数えない
        """

    func findings(limits: String, status: String = "final", measuredPages: MeasuredPages? = nil) throws -> [String] {
        let folder = try TemporaryFolder()
        let pipeline = "pipeline:\n  - stage: character-limits\n    options: {limits: limits.yaml}\n"
        let files = ["edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"], status: status, pipeline: pipeline),
                     "a.yaml": Self.section, "limits.yaml": limits]
        let manuscript = try #require(try ManuscriptFixture.load(files, in: folder).manuscript)
        do {
            return try Pipeline(registry: builtInStages).run(manuscript, measuredPages: measuredPages).findings.sorted.map(\.description)
        } catch let error as AssemblyError {
            return [error.description]
        }
    }

    func limit(_ fields: String) -> String { "limits:\n  - {\(fields), error: 1}\n" }

    @Test func sectionsWithAndWithoutSubsections() throws {
        // 概要(2) 前文です。(5) 目的(2) 目的の本文です。(8) 詳細(2) 詳細の本文です。(8) 背景(2) 背景。(3) 表の題(3) 市民関心を持つ。(8) 一つ目(3) 二つ目の項目(6)
        #expect(try findings(limits: limit("scope: section, section: overview, unit: characters"))
                == ["a.yaml:1:1: error: section \"overview\" has 52 characters; limit 1 [character-limits]"])
        #expect(try findings(limits: limit("scope: section, section: overview, subsections: false, unit: characters"))
                == ["a.yaml:1:1: error: section \"overview\" without its subsections has 7 characters; limit 1 [character-limits]"])
        #expect(try findings(limits: limit("scope: section, section: purpose, unit: characters"))
                == ["a.yaml:5:5: error: section \"purpose\" has 20 characters; limit 1 [character-limits]"])
        #expect(try findings(limits: limit("scope: section, section: purpose, subsections: false, unit: characters"))
                == ["a.yaml:5:5: error: section \"purpose\" without its subsections has 10 characters; limit 1 [character-limits]"])
    }

    @Test func blockKinds() throws {
        #expect(try findings(limits: "limits:\n  - {scope: blocks, kind: list-item, unit: characters, error: 5}\n")
                == ["a.yaml:16:5: error: list item has 6 characters; limit 5 [character-limits]"])
        #expect(try findings(limits: "limits:\n  - {scope: blocks, kind: heading, unit: characters, error: 1}\n").count == 4)
        #expect(try findings(limits: "limits:\n  - {scope: blocks, kind: table, unit: characters, error: 10}\n")
                == ["a.yaml:15:5: error: table \"表の題\" has 11 characters; limit 10 [character-limits]"])
    }

    /// After the PDFs are made, limits in pages count their real pages, and say so.
    @Test func measuredPagesReplaceTheEstimate() throws {
        let pages = MeasuredPages(volumes: ["vision": 7], sections: ["overview": 5])
        #expect(try findings(limits: limit("scope: volume, volume: vision, unit: pages"), measuredPages: pages)
                == ["a.yaml:1:1: error: volume \"vision\" has 7 pages in its PDF; limit 1 [character-limits]"])
        #expect(try findings(limits: limit("scope: section, section: overview, unit: pages"), measuredPages: pages)
                == ["a.yaml:1:1: error: section \"overview\" has 5 pages in its PDF; limit 1 [character-limits]"])
        // A part of a chapter has no page count of its own: it stays an estimate.
        let part = try findings(limits: "limits:\n  - {scope: section, section: purpose, unit: pages, error: 0.01}\n", measuredPages: pages)
        #expect(part.count == 1 && part[0].hasPrefix("a.yaml:5:5: error: section \"purpose\" has an estimated "), "\(part)")
    }

    /// Footnotes take room on the page, though they are not counted as the text's characters.
    @Test func footnotesCountOnPagesOnly() throws {
        let note = Footnote(id: "n1", marked: [.text("地域共生")], note: [.text(String(repeating: "注記の本文です。", count: 30))])
        let location = SourceLocation.start(of: "a.yaml")
        let plain = ContentExtractor.pieces(Block(location: location, content: .paragraph([.text("本文の地域共生")])))
        let noted = ContentExtractor.pieces(Block(location: location, content: .paragraph([.text("本文の"), .footnote(note)])))
        let measure = Measure(rules: CountingRules())
        #expect(measure.count(noted, in: .characters) == measure.count(plain, in: .characters))
        #expect(measure.count(noted, in: .manuscriptSheets) == measure.count(plain, in: .manuscriptSheets))
        // 240 characters of notes at 9 pt: 6 lines of 46 cells, in the room of 6 body lines.
        #expect(measure.count(noted, in: .pages) * 36 == measure.count(plain, in: .pages) * 36 + 6)
    }

    @Test func volumePagesCountTitleTocAndChapters() throws {
        #expect(try findings(limits: limit("scope: volume, volume: vision, unit: pages"))
                == ["a.yaml:1:1: error: volume \"vision\" has an estimated 3 pages; limit 1 [character-limits]"])
        #expect(try findings(limits: limit("scope: volume, volume: nowhere, unit: pages"))
                == ["limits.yaml:2:5: error: no volume 'nowhere' in this edition; volumes: vision [character-limits]"])
    }

    @Test func summaryScopeWaitsForASummaryEdition() throws {
        #expect(try findings(limits: limit("scope: summary, unit: pages")).isEmpty)
    }

    @Test func thresholdsMustBeOrdered() throws {
        let error = try findings(limits: "limits:\n  - {scope: sentence, unit: characters, warning: 80, error: 60}\n")
        #expect(error == ["limits.yaml:2:5: error: the warning threshold (80) is above the error threshold (60) [character-limits]"])
    }
}
