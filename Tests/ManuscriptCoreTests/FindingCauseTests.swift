import AssemblyTestSupport
import Foundation
import ManuscriptCore
import Testing

/// The core's rules for findings that follow from others: root causes print first, echoes of a
/// failure are not reported again, and no finding is without a file.
struct FindingCauseTests {
    /// Fails on the block with id `doomed` and drops it, as a stage that cannot build a block does.
    struct DroppingStage: Stage {
        static let description = StageDescription(identifier: "dropping", name: "Dropping", summary: "Drops the doomed block")
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            var failedAt: ManuscriptCore.SourceLocation?
            context.document.replaceBlocks { block, _ in
                guard block.id == "doomed" else { return [block] }
                failedAt = block.location
                return []
            }
            if let failedAt { context.report(.error, "cannot build this block", at: failedAt) }
        }
    }

    /// Makes ids that never reach the document when it fails, as the glossary's entries.
    struct GeneratingStage: Stage {
        static let description = StageDescription(identifier: "generating", name: "Generating", summary: "Fails to make entry-1")
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            context.reportFailure("cannot make the entries", at: .start(of: "data.yaml"), withdrawing: ["entry-1"])
        }
    }

    /// Reports a reference to each of `doomed`, `entry-1` and `typo`, and an absence.
    struct ReferringStage: Stage {
        static let description = StageDescription(identifier: "referring", name: "Referring", summary: "Refers to ids")
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            for id in ["doomed", "entry-1", "typo"] {
                context.report(.error, "reference to unknown id '\(id)'", at: ManuscriptCore.SourceLocation(path: "a.yaml", line: 1, column: 1), concerning: id)
            }
            context.reportAbsence(.warning, "'x' is never used", at: .start(of: "data.yaml"))
        }
    }

    /// Reports without a file, as a stage that lost track of where generated text came from.
    struct PlacelessStage: Stage {
        static let description = StageDescription(identifier: "placeless", name: "Placeless", summary: "Reports without a path")
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            context.report(.warning, "somewhere", at: .start(of: ""))
            context.reportAbsence(.warning, "nothing uses this", at: .start(of: ""))
        }
    }

    struct ThrowingStage: Stage {
        static let description = StageDescription(identifier: "throwing", name: "Throwing", summary: "Throws without a place")
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws { throw AssemblyError("cannot run") }
    }

    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    func run(_ stages: [String], displayPath: String = "") throws -> Result<FindingList, AssemblyError> {
        let pipeline = "pipeline:\n" + stages.map { "  - stage: \($0)\n" }.joined()
        try folder.write([
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"], pipeline: pipeline),
            "a.yaml": "id: a\ntitle: 概要\nblocks:\n  - paragraph: 本文\n  - paragraph: 消える段落\n    id: doomed\n",
        ])
        let loaded = Manuscript.load(from: folder.url, displayPath: displayPath)
        let manuscript = try #require(loaded.manuscript)
        let registry: [any Stage.Type] = [DroppingStage.self, GeneratingStage.self, ReferringStage.self, PlacelessStage.self, ThrowingStage.self]
        do {
            return .success(try Pipeline(registry: registry).run(manuscript).findings)
        } catch let error as AssemblyError {
            return .failure(error)
        }
    }

    @Test func referencesToWhatAFailedStageDroppedOrNeverMadeAreNotReported() throws {
        let findings = try run(["dropping", "generating", "referring"]).get()
        #expect(findings.inCauseOrder.map(\.description) == [
            "a.yaml:5:5: error: cannot build this block [dropping]",
            "data.yaml:1:1: error: cannot make the entries [generating]",
            "a.yaml:1:1: error: reference to unknown id 'typo' [referring]",
        ])
    }

    @Test func referencesAreReportedWhenNothingFailed() throws {
        let findings = try run(["referring"]).get()
        #expect(findings.inCauseOrder.map(\.description) == [
            "a.yaml:1:1: error: reference to unknown id 'doomed' [referring]",
            "a.yaml:1:1: error: reference to unknown id 'entry-1' [referring]",
            "a.yaml:1:1: error: reference to unknown id 'typo' [referring]",
        ])
    }

    /// The typo's own error holds the absence back too: the missing use may be in what failed.
    @Test func absencesAreKeptBackWhileThereAreErrors() throws {
        #expect(try run(["dropping", "referring"]).get().all.filter { $0.severity == .warning }.isEmpty)
        #expect(try run(["placeless"]).get().all.map(\.message) == ["somewhere", "nothing uses this"])
    }

    /// A context used without the pipeline (a tool running one stage) still shows its absences.
    @Test func absencesShowWhileThereIsNoError() throws {
        _ = try run(["placeless"])
        let manuscript = try #require(Manuscript.load(from: folder.url, displayPath: "").manuscript)
        var context = StageContext(document: manuscript.document, manuscriptRoot: folder.url)
        try PlacelessStage(options: StageOptions(mapping: nil, location: .start(of: "edition.yaml"))).run(&context)
        #expect(context.findings.all.map(\.message) == ["somewhere", "nothing uses this"])
        context.report(.error, "broken", at: .start(of: "a.yaml"))
        #expect(context.findings.all.map(\.message) == ["somewhere", "broken"])
    }

    /// An earlier stage's finding prints first even when it is further down the file.
    @Test func findingsPrintInTheOrderTheirStagesRan() throws {
        let findings = try run(["dropping", "generating", "referring"]).get()
        #expect(findings.sorted.first?.description == "a.yaml:1:1: error: reference to unknown id 'typo' [referring]")
        #expect(findings.inCauseOrder.first?.description == "a.yaml:5:5: error: cannot build this block [dropping]")
    }

    @Test func aFindingWithoutAFileGoesToItsStageInTheEditionFile() throws {
        #expect(try run(["dropping", "placeless"]).get().all.map(\.description) == [
            "a.yaml:5:5: error: cannot build this block [dropping]",
            "edition.yaml:3:12: warning: somewhere [placeless]",
        ])
        #expect(try run(["placeless"], displayPath: "Manuscript").get().all.first?.description
                == "Manuscript/edition.yaml:2:12: warning: somewhere [placeless]")
        guard case .failure(let error) = try run(["throwing"]) else { Issue.record("ran"); return }
        #expect(error.description == "edition.yaml:2:12: error: cannot run [throwing]")
    }

    @Test func theDefaultPipelineIsPlacedAtTheStartOfTheEditionFile() throws {
        try folder.write([
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"]),
            "a.yaml": "id: a\ntitle: 概要\nblocks: []\n",
        ])
        let manuscript = try #require(Manuscript.load(from: folder.url, displayPath: "M").manuscript)
        let findings = try Pipeline(registry: [PlacelessStage.self]).run(manuscript).findings
        #expect(findings.all.first?.description == "M/edition.yaml:1:1: warning: somewhere [placeless]")
    }
}
