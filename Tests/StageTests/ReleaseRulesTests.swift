import AssemblyTestSupport
import BuiltInStages
import Foundation
import ManuscriptCore
import Testing

/// Edition rules that need real files: figures without alt text, and the public-comment period.
struct ReleaseRulesTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func findings(status: String, section: String, extraEdition: String = "") throws -> [String] {
        let png = try Data(contentsOf: AssembleCommand.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/release-blockers/Manuscript/s/chart.png"))
        try folder.write("chart.png", png)
        let (manuscript, loaded) = try ManuscriptFixture.load([
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"], status: status) + extraEdition,
            "a.yaml": section,
        ], in: folder)
        guard let manuscript, !loaded.hasErrors else { return loaded.sorted.map(\.description) }
        return try Pipeline(registry: builtInStages).run(manuscript).findings.sorted.map(\.description)
    }

    static let figureWithoutAlt = """
        id: a
        title: 概要
        blocks:
          - figure: {src: chart.png, caption: 人口の推移}
        """

    @Test func aFigureWithoutAltIsAWarningInADraftAndAnErrorInARelease() throws {
        #expect(try findings(status: "draft", section: Self.figureWithoutAlt)
            == ["a.yaml:4:5: warning: image 'chart.png' has no alt text; describe what it shows for readers who cannot see it [release-checks]"])
        #expect(try findings(status: "final", section: Self.figureWithoutAlt)
            == ["a.yaml:4:5: error: image 'chart.png' has no alt text; describe what it shows for readers who cannot see it [release-checks]"])
    }

    @Test func theReleaseChecksRunEvenWhenThePipelineLeavesThemOut() throws {
        let section = "id: a\ntitle: 概要\nblocks:\n  - paragraph: 期間は●●年です。\n"
        let found = try findings(status: "public-comment", section: section, extraEdition: "pipeline:\n  - stage: numbering\n")
        #expect(found == ["a.yaml:4:19: error: placeholder '●●' left in the text; a public-comment edition cannot be published with it [release-checks]"])
    }

    @Test func aCommentPeriodShorterThanTheCitysMinimumIsRefused() throws {
        let section = "id: a\ntitle: 概要\nblocks: []\n"
        let call = "public-comment:\n  from: 2026-12-01\n  to: 2026-12-20\n"
        let short = try findings(status: "public-comment", section: section, extraEdition: call)
        #expect(short == ["edition.yaml:13:7: error: the comment period runs 20 days (2026-12-01 to 2026-12-20); it must be at least 30 days [manuscript]"])
        #expect(try findings(status: "public-comment", section: section, extraEdition: call + "  minimum-days: 14\n").isEmpty)
        let backwards = try findings(status: "public-comment", section: section,
                                     extraEdition: "public-comment:\n  from: 2026-12-31\n  to: 2026-12-01\n")
        #expect(backwards == ["edition.yaml:13:7: error: the comment period ends (2026-12-01) before it begins (2026-12-31) [manuscript]"])
    }

    @Test func aPlaceholderInTheEditionsPrintedFieldsPointsAtThatField() throws {
        let found = try findings(status: "final", section: "id: a\ntitle: 概要\nblocks: []\n", extraEdition: "subtitle: 第○○次計画\n")
        #expect(found == ["edition.yaml:11:11: error: placeholder '○○' left in the edition's subtitle; a final edition cannot be published with it [release-checks]"])
    }
}
