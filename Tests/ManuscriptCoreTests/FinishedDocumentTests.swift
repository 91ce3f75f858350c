import AssemblyTestSupport
import BuiltInStages
import Dispatch
import Foundation
import ManuscriptCore
import Testing

/// The pipeline hands the finished document to the writers while the stages at its end, which only
/// read it, still check it. Serialized: the waiting check's semaphore is shared.
@Suite(.serialized)
struct FinishedDocumentTests {
    /// Changes the document: appends a paragraph to every section.
    struct AppendingStage: Stage {
        static let description = StageDescription(identifier: "appending", name: "Appending", summary: "Appends a paragraph")
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            for v in context.document.volumes.indices {
                for s in context.document.volumes[v].sections.indices {
                    let location = context.document.volumes[v].sections[s].location
                    context.document.volumes[v].sections[s].blocks.append(Block(location: location, content: .paragraph([.text("追記")])))
                }
            }
        }
    }

    /// Only reads; waits (up to 20 s) for the writers to start, which only work beside it can do.
    /// (A semaphore is made at 0 and signalled: one disposed of below its starting value traps.)
    struct WaitingCheck: Stage {
        static let description = StageDescription(identifier: "waiting", name: "Waiting", summary: "Waits for the writers", readsOnly: true)
        nonisolated(unsafe) static var writersStarted = DispatchSemaphore(value: 0)
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            let started = Self.writersStarted.wait(timeout: .now() + 20) == .success
            context.report(.warning, started ? "the writers had started" : "no writer started", at: .start(of: "a.yaml"))
        }
    }

    /// Declares that it only reads, yet changes the document.
    struct MisdeclaredCheck: Stage {
        static let description = StageDescription(identifier: "misdeclared", name: "Misdeclared", summary: "Changes what it says it reads", readsOnly: true)
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            context.document.edition.title = "変わった題名"
        }
    }

    /// Makes an image for the writers; read-only when told to, then redrawing the image already there.
    struct DrawingStage: Stage {
        static let description = StageDescription(identifier: "drawing", name: "Drawing", summary: "Makes an image")
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            context.addGeneratedImage(Data([1]), as: "generated/a.png")
        }
    }

    struct RedrawingCheck: Stage {
        static let description = StageDescription(identifier: "redrawing", name: "Redrawing", summary: "Redraws an image", readsOnly: true)
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            context.addGeneratedImage(Data([2]), as: "generated/a.png")
        }
    }

    /// Reports an error and carries on, as a stage does for a problem it can step over.
    struct ErringStage: Stage {
        static let description = StageDescription(identifier: "erring", name: "Erring", summary: "Reports an error")
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            context.report(.error, "something is wrong", at: .start(of: "a.yaml"))
        }
    }

    /// Only reads, and does nothing: a check at the end of a pipeline.
    struct ReadingCheck: Stage {
        static let description = StageDescription(identifier: "reading", name: "Reading", summary: "Reads", readsOnly: true)
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {}
    }

    /// Builds 'tally' blocks; left out of a pipeline, they stay unbuilt.
    struct TallyingStage: Stage {
        static let description = StageDescription(identifier: "tallying", name: "Tallying", summary: "Builds tallies", blockKinds: ["tally"])
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {}
    }

    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    func manuscript(_ stages: [String], tally: Bool = false) throws -> Manuscript {
        let pipeline = "pipeline:\n" + stages.map { "  - stage: \($0)\n" }.joined()
        try folder.write([
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"], pipeline: pipeline),
            "a.yaml": "id: a\ntitle: 概要\nblocks:\n  - paragraph: 本文\n" + (tally ? "  - tally: {}\n" : ""),
        ])
        return try #require(Manuscript.load(from: folder.url, displayPath: "", extensions: Pipeline(registry: registry).formatExtensions).manuscript)
    }

    let registry: [any Stage.Type] = [AppendingStage.self, WaitingCheck.self, MisdeclaredCheck.self, ErringStage.self,
                                      DrawingStage.self, RedrawingCheck.self, ReadingCheck.self, TallyingStage.self]

    @Test func theWritersGetTheLastChangesWhileTheChecksRun() throws {
        WaitingCheck.writersStarted = DispatchSemaphore(value: 0)
        var handed: [Document] = []
        let result = try Pipeline(registry: registry).run(try manuscript(["appending", "waiting"])) { finished in
            handed.append(finished.document)
            WaitingCheck.writersStarted.signal()
        }
        #expect(handed.count == 1)
        #expect(handed.first?.volumes.first?.sections.first?.blocks.count == 2)
        #expect(handed.first == result.document)
        #expect(result.findings.all.map(\.message) == ["the writers had started"])
    }

    /// A build that has already failed writes nothing: the writers are not started for it, whether a
    /// stage before the checks reported an error or a block is left that no stage of the pipeline builds.
    @Test func aRunThatHasFailedBeforeTheChecksGetsNoWriters() throws {
        var handed = 0
        for (stages, tally) in [(["erring", "appending"], false), (["appending", "erring", "reading"], false),
                                (["appending", "reading"], true)] {
            let result = try Pipeline(registry: registry).run(try manuscript(stages, tally: tally)) { _ in handed += 1 }
            let expected = tally ? "'tally' blocks need the 'tallying' stage in the edition's pipeline" : "something is wrong"
            #expect(result.findings.all.filter { $0.severity == .error }.map(\.message) == [expected])
        }
        #expect(handed == 0)
        // The same pipeline without the unbuilt block writes.
        _ = try Pipeline(registry: registry).run(try manuscript(["appending", "reading"])) { _ in handed += 1 }
        #expect(handed == 1)
    }

    @Test func withoutChecksAtTheEndTheWritersGetTheDocumentAfterTheLastStage() throws {
        var handed: [Document] = []
        let result = try Pipeline(registry: registry).run(try manuscript(["appending", "appending"])) { handed.append($0.document) }
        #expect(handed.count == 1)
        #expect(handed.first?.volumes.first?.sections.first?.blocks.count == 3)
        #expect(handed.first == result.document)
    }

    @Test func aCheckBeforeAChangingStageRunsInOrder() throws {
        // The check's document is not final, so the writers start only after the change.
        WaitingCheck.writersStarted = DispatchSemaphore(value: 0)
        WaitingCheck.writersStarted.signal()
        var handed: [Document] = []
        _ = try Pipeline(registry: registry).run(try manuscript(["waiting", "appending"])) { handed.append($0.document) }
        #expect(handed.first?.volumes.first?.sections.first?.blocks.count == 2)
    }

    @Test func aCheckThatChangesTheDocumentStopsTheRun() throws {
        #expect {
            _ = try Pipeline(registry: registry).run(try manuscript(["appending", "misdeclared"])) { _ in }
        } throws: { error in
            (error as? AssemblyError)?.description
                == "edition.yaml:3:12: error: the stage declares that it only reads the document, but it changed it; the volumes would miss the change [misdeclared]"
        }
    }

    /// Redrawing an image the writers already have is a change too, though the count stays.
    @Test func aCheckThatRedrawsAnImageStopsTheRun() throws {
        #expect {
            _ = try Pipeline(registry: registry).run(try manuscript(["drawing", "redrawing"])) { _ in }
        } throws: { error in
            (error as? AssemblyError)?.message.hasPrefix("the stage declares that it only reads the document, but it changed it") == true
        }
    }

    @Test func theBuiltInChecksDeclareThatTheyOnlyRead() {
        let readers = Pipeline(registry: builtInStages).registry.filter { $0.description.readsOnly }.map { $0.description.identifier }
        #expect(readers == ["character-limits", "release-checks"])
    }
}
