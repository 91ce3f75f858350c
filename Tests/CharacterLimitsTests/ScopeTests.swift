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

    /// A second chapter, with a block the summary stage copies into the 概要版.
    static let second = """
        id: second
        title: 第二
        blocks:
          - paragraph: 要約にも載る文。
            summary: true
        """

    func findings(limits: String, status: String = "final", summary: Bool = false, measuredPages: MeasuredPages? = nil) throws -> [String] {
        do {
            return try run(limits: limits, status: status, summary: summary, measuredPages: measuredPages).findings.sorted.map(\.description)
        } catch let error as AssemblyError {
            return [error.description]
        }
    }

    func run(limits: String, status: String = "final", summary: Bool = false, measuredPages: MeasuredPages? = nil) throws -> PipelineResult {
        let folder = try TemporaryFolder()
        // Only 第二 has summary text; 概要 stays out on purpose, so the summary stage says nothing.
        let stages = (summary ? "  - stage: summary\n    options: {leave-out: [overview]}\n" : "") + "  - stage: character-limits\n    options: {limits: limits.yaml}\n"
        let files = ["edition.yaml": ManuscriptFixture.edition(vision: summary ? ["a.yaml", "b.yaml"] : ["a.yaml"], status: status,
                                                               pipeline: "pipeline:\n" + stages),
                     "a.yaml": Self.section, "b.yaml": Self.second, "limits.yaml": limits]
        let manuscript = try #require(try ManuscriptFixture.load(files, in: folder).manuscript)
        return try Pipeline(registry: builtInStages).run(manuscript, measuredPages: measuredPages)
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
        #expect(try findings(limits: "limits:\n  - {scope: blocks, kind: paragrah, unit: characters, error: 5}\n")
                == ["limits.yaml:2:27: error: unknown block kind 'paragrah'; did you mean 'paragraph'? [character-limits]"])
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
                == ["limits.yaml:2:5: error: volume \"vision\" has 7 pages in its PDF; limit 1 [character-limits]"])
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
                == ["limits.yaml:2:5: error: volume \"vision\" has an estimated 3 pages; limit 1 [character-limits]"])
        #expect(try findings(limits: limit("scope: volume, volume: nowhere, unit: pages"))
                == ["limits.yaml:2:5: error: no volume 'nowhere' in this edition; volumes: vision [character-limits]"])
    }

    @Test func summaryScopeWaitsForASummaryEdition() throws {
        #expect(try findings(limits: limit("scope: summary, unit: pages")).isEmpty)
    }

    static let everySection = "  - {scope: section, section: \"*\", unit: characters, error: 1}\n"

    @Test func aLimitNamingASectionReplacesTheStarLimitOfItsUnit() throws {
        #expect(try findings(limits: "limits:\n" + Self.everySection + "  - {scope: section, section: overview, unit: characters, error: 100}\n")
                .isEmpty)
        // Another unit, or a heading's subsection, leaves "*" in force for the section.
        #expect(try findings(limits: "limits:\n" + Self.everySection + "  - {scope: section, section: overview, unit: pages, error: 100}\n")
                == ["a.yaml:1:1: error: section \"overview\" has 52 characters; limit 1 [character-limits]"])
        #expect(try findings(limits: "limits:\n" + Self.everySection + "  - {scope: section, section: purpose, unit: characters, error: 100}\n")
                == ["a.yaml:1:1: error: section \"overview\" has 52 characters; limit 1 [character-limits]"])
    }

    @Test func anExemptSectionIsNotCountedByTheStarLimit() throws {
        let exempt = "  - {scope: section, section: overview, unit: characters, exempt: true}\n"
        #expect(try findings(limits: "limits:\n" + Self.everySection + exempt, summary: true)
                == ["b.yaml:1:1: error: section \"second\" has 10 characters; limit 1 [character-limits]"])
        #expect(try findings(limits: "limits:\n  - {scope: section, section: overveiw, unit: characters, exempt: true}\n")
                == ["limits.yaml:2:5: error: no section with id 'overveiw' to exempt; did you mean 'overview'? [character-limits]"])
        let withThresholds = try findings(limits: "limits:\n  - {scope: section, section: overview, unit: characters, exempt: true, error: 5}\n")
        #expect(withThresholds == ["limits.yaml:2:67: error: an exempt section has no thresholds; remove 'warning' and 'error', or 'exempt' [character-limits]"])
        #expect(try findings(limits: "limits:\n  - {scope: volume, volume: vision, unit: pages, exempt: true}\n")
                == ["limits.yaml:2:58: error: only a limit naming a section can be exempt (it takes the section out of section: \"*\") [character-limits]"])
    }

    @Test func theStarLimitLeavesTheSummaryToItsOwnLimits() throws {
        // The 概要版 repeats 「要約にも載る文。」 under 第二: only a limit naming the summary volume counts it.
        #expect(try findings(limits: "limits:\n" + Self.everySection, summary: true) == [
            "a.yaml:1:1: error: section \"overview\" has 52 characters; limit 1 [character-limits]",
            "b.yaml:1:1: error: section \"second\" has 10 characters; limit 1 [character-limits]",
        ])
        let summarySections = try findings(limits: "limits:\n  - {scope: section, section: \"*\", volume: summary, unit: characters, error: 1}\n",
                                           summary: true)
        #expect(summarySections.count == 1 && summarySections[0].contains("section \"summary-second\" has"), "\(summarySections)")
        #expect(try findings(limits: "limits:\n  - {scope: section, section: \"*\", volume: summary, unit: characters, error: 1}\n").isEmpty,
                "waits for an edition with a summary")
        let narrowed = try findings(limits: "limits:\n  - {scope: section, section: overview, volume: vision, unit: characters, error: 1}\n")
        #expect(narrowed == ["limits.yaml:2:49: error: 'volume' narrows only section: \"*\"; a section named by id is found in any volume [character-limits]"])
    }

    @Test func theStarLimitCanLeaveSubsectionsOut() throws {
        #expect(try findings(limits: "limits:\n  - {scope: section, section: \"*\", subsections: false, unit: characters, error: 1}\n")
                == ["a.yaml:1:1: error: section \"overview\" without its subsections has 7 characters; limit 1 [character-limits]"])
    }

    @Test func theReportWritesEveryFigureAtItsUnitsPrecision() throws {
        let result = try run(limits: "limits:\n  - {scope: section, section: overview, unit: manuscript-sheets, warning: 10}\n"
                             + "  - {scope: section, section: overview, unit: pages, warning: 10}\n", summary: true)
        let data = try #require(result.artifacts.first { $0.path == "reports/brevity.json" }?.data)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.range(of: #"\d\.\d{2,}"#, options: .regularExpression) == nil, "\(json)")
        struct Report: Decodable {
            struct Size: Decodable { let characters, fullwidthEquivalent, manuscriptSheets, pages: Double }
            struct Row: Decodable { let unit: String; let value: Double }
            let sections: [Size]
            let volumes: [Size]
            let measurements: [Row]
        }
        let report = try JSONDecoder().decode(Report.self, from: data)
        for size in report.sections + report.volumes {
            #expect(size.characters == size.characters.rounded() && size.manuscriptSheets == size.manuscriptSheets.rounded())
            #expect(size.fullwidthEquivalent * 2 == (size.fullwidthEquivalent * 2).rounded() && size.pages * 10 == (size.pages * 10).rounded())
        }
        // The overview takes 12 lines on 原稿用紙, 0.6 of a sheet, written as the one sheet it fills;
        // 16 lines of print (a line of space above each heading), 0.44 of a page, as 0.4.
        #expect(report.measurements.map(\.value) == [1, 0.4])
    }

    @Test func thresholdsMustBeOrdered() throws {
        let error = try findings(limits: "limits:\n  - {scope: sentence, unit: characters, warning: 80, error: 60}\n")
        #expect(error == ["limits.yaml:2:5: error: the warning threshold (80) is above the error threshold (60) [character-limits]"])
    }
}
