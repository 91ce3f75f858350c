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

    func findings(limits: String, status: String = "final") throws -> [String] {
        let folder = try TemporaryFolder()
        let pipeline = "pipeline:\n  - stage: character-limits\n    options: {limits: limits.yaml}\n"
        let files = ["edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"], status: status, pipeline: pipeline),
                     "a.yaml": Self.section, "limits.yaml": limits]
        let manuscript = try #require(try ManuscriptFixture.load(files, in: folder).manuscript)
        do {
            return try Pipeline(registry: builtInStages).run(manuscript).findings.sorted.map(\.description)
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

    @Test func volumePagesCountTitleTocAndChapters() throws {
        #expect(try findings(limits: limit("scope: volume, volume: vision, unit: pages"))
                == ["limits.yaml:2:5: error: volume \"vision\" has an estimated 3 pages; limit 1 [character-limits]"])
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
