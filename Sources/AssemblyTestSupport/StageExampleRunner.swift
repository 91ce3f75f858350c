import BuiltInStages
import Foundation
import ManuscriptCore

/// Runs a stage's examples the way a user would meet them: as a manuscript on disk, loaded and run
/// through the pipeline with every built-in stage up to and including the stage under test.
public enum StageExampleRunner {
    public struct Outcome {
        /// Loader and stage findings, printed compiler-style.
        public var findings: [String]
        /// The resulting document as plain text (empty when loading failed).
        public var text: String
    }

    public static func run(_ example: StageExample, of stage: any Stage.Type) throws -> Outcome {
        let folder = try TemporaryFolder()
        let identifier = stage.description.identifier
        let upTo = builtInStages.prefix { $0.description.identifier != identifier }.map { $0.description.identifier } + [identifier]
        var pipeline = "pipeline:\n"
        for id in upTo {
            pipeline += "  - stage: \(id)\n"
            if id == identifier, let options = example.options {
                pipeline += "    options:\n" + options.split(separator: "\n").map { "      \($0)\n" }.joined()
            }
        }
        var files = [
            "edition.yaml": ManuscriptFixture.edition(vision: ["example.yaml"], appendix: example.appendix == nil ? [] : ["appendix.yaml"],
                                                      status: example.status.rawValue, pipeline: pipeline),
            "example.yaml": example.section,
        ]
        files["appendix.yaml"] = example.appendix
        let (manuscript, loadFindings) = try ManuscriptFixture.load(files, in: folder)
        guard let manuscript, !loadFindings.hasErrors else {
            return Outcome(findings: loadFindings.sorted.map(\.description), text: "")
        }
        do {
            let result = try Pipeline(registry: builtInStages).run(manuscript)
            return Outcome(findings: result.findings.sorted.map(\.description), text: PlainText.render(result.document))
        } catch let error as AssemblyError {
            return Outcome(findings: [error.description], text: "")
        }
    }
}
