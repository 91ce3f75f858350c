import AssemblyTestSupport
import BuiltInStages
import Foundation
import ManuscriptCore
import Testing

/// A chapter the 概要版 leaves out is said, not lost: 第1章 then 第3章 reads like missing text.
struct SummaryChapterTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func findings(leaveOut: String?) throws -> [String] {
        let options = leaveOut.map { "\n    options:\n      leave-out: \($0)" } ?? ""
        let pipeline = "pipeline:\n  - stage: numbering\n  - stage: summary\(options)"
        let (manuscript, loaded) = try ManuscriptFixture.load([
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml", "b.yaml", "c.yaml"], pipeline: pipeline),
            "a.yaml": "id: a\ntitle: 概要\nblocks:\n  - paragraph: 計画の概要です。\n    summary: true\n",
            "b.yaml": "id: b\ntitle: 基本目標\nblocks:\n  - paragraph: 目標を定めます。\n",
            "c.yaml": "id: c\ntitle: 推進\nblocks:\n  - paragraph: 共に進めます。\n    summary: true\n",
        ], in: folder)
        let loadedManuscript = try #require(manuscript, "\(loaded.sorted.map(\.description))")
        return try Pipeline(registry: builtInStages).run(loadedManuscript).findings.sorted.map(\.description)
    }

    @Test func aChapterWithNothingMarkedIsAWarning() throws {
        #expect(try findings(leaveOut: nil) == [
            "b.yaml:1:1: warning: 第2章 基本目標 has no block marked summary, so the 概要版 leaves it out; mark a block `summary: true` (or write one with `summary: only`), or list 'b' in the option leave-out [summary]",
        ])
    }

    @Test func aChapterLeftOutOnPurposeIsQuiet() throws {
        #expect(try findings(leaveOut: "[b]").isEmpty)
    }

    @Test func leaveOutNamingNoChapterIsAnErrorWithASuggestion() throws {
        let found = try findings(leaveOut: "[b, bb]")
        #expect(found.count == 1 && found[0].contains("error: leave-out names 'bb', which is not a chapter of volume 'vision'; did you mean 'b'?"), "\(found)")
    }
}
