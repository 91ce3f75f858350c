import AssemblyTestSupport
import BuiltInStages
import ManuscriptCore
import Testing

/// Every example of every built-in stage is a test: its findings and its visible text must match.
struct StageExampleTests {
    static let cases: [(String, Int)] = builtInStages.flatMap { stage in
        stage.description.examples.indices.map { (stage.description.identifier, $0) }
    }

    @Test("Stage examples", arguments: cases)
    func example(stageID: String, index: Int) throws {
        let stage = try #require(builtInStages.first { $0.description.identifier == stageID })
        let example = stage.description.examples[index]
        let location = Testing.SourceLocation(fileID: "\(stageID)/\(example.file)", filePath: "\(example.file)",
                                              line: Int(example.line), column: 1)
        let outcome = try StageExampleRunner.run(example, of: stage)
        #expect(outcome.findings == example.findings, "\(example.title)", sourceLocation: location)
        for expected in example.shows {
            #expect(outcome.text.contains(expected), "\(example.title): missing «\(expected)» in\n\(outcome.text)",
                    sourceLocation: location)
        }
    }
}
