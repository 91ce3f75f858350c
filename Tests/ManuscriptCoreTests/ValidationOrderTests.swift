import AssemblyTestSupport
import Foundation
import ManuscriptCore
import Testing

/// Sections are validated side by side; which of two equal ids is the duplicate, and which problem
/// stops the run, must still follow the document's order.
struct ValidationOrderTests {
    /// Gives a block in every section the same id, and a bad link to the last section's.
    struct DuplicatingStage: Stage {
        static let description = StageDescription(identifier: "duplicating", name: "Duplicating", summary: "Repeats an id")
        init(options: StageOptions) throws {}
        func run(_ context: inout StageContext) throws {
            let sections = context.document.volumes[0].sections.indices
            for s in sections {
                let location = SourceLocation(path: "s\(s).yaml", line: 2, column: 3)
                var block = Block(id: "same", location: location, content: .paragraph([.text("本文")]))
                if s == sections.last { block.content = .paragraph([.link(url: "javascript:alert(1)", content: [.text("x")])]) }
                context.document.volumes[0].sections[s].blocks.append(block)
            }
        }
    }

    @Test func theFirstProblemIsTheFirstInTheDocument() throws {
        let folder = try TemporaryFolder()
        let names = (0..<64).map { "s\($0).yaml" }
        var files = ["edition.yaml": ManuscriptFixture.edition(vision: names, pipeline: "pipeline:\n  - stage: duplicating\n")]
        for (index, name) in names.enumerated() { files[name] = "id: s\(index)\ntitle: 第\(index)節\nblocks:\n  - paragraph: 本文\n" }
        try folder.write(files)
        let manuscript = try #require(Manuscript.load(from: folder.url, displayPath: "").manuscript)
        for _ in 0..<20 {
            #expect {
                _ = try Pipeline(registry: [DuplicatingStage.self]).run(manuscript)
            } throws: { error in
                (error as? AssemblyError)?.description == "s1.yaml:2:3: error: duplicate id 'same'; first used at s0.yaml:2:3 [duplicating]"
            }
        }
    }
}
