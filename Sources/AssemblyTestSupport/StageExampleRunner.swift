import BuiltInStages
import Foundation
import ManuscriptCore

/// Runs a stage's examples the way a user would meet them: as a manuscript on disk, loaded and run
/// through the default pipeline (every built-in stage, in order), the example's options given to the
/// stage under test.
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
        let upTo = builtInStages.map { $0.description.identifier }
        var pipeline = "pipeline:\n"
        var optionsFirstLine = 0
        for id in upTo {
            pipeline += "  - stage: \(id)\n"
            if id == identifier, let options = example.options {
                pipeline += "    options:\n"
                optionsFirstLine = pipeline.split(separator: "\n").count + 1
                pipeline += options.split(separator: "\n").map { "      \($0)\n" }.joined()
            }
        }
        // Places inside the example's options print relative to the options text, so an example does
        // not depend on which stages run before it.
        let describe = { (location: ManuscriptCore.SourceLocation, rest: String) -> String in
            guard location.path == "edition.yaml", optionsFirstLine > 0, location.line >= optionsFirstLine else {
                return "\(location): \(rest)"
            }
            return "options:\(location.line - optionsFirstLine + 1):\(location.column - 6): \(rest)"
        }
        let print = { (finding: Finding) in describe(finding.location, "\(finding.severity.rawValue): \(finding.message) [\(finding.stage)]") }
        var files = example.files
        files.merge([
            "edition.yaml": ManuscriptFixture.edition(vision: ["example.yaml"], appendix: example.appendix == nil ? [] : ["appendix.yaml"],
                                                      status: example.status.rawValue, pipeline: pipeline),
            "example.yaml": example.section,
        ]) { $1 }
        files["appendix.yaml"] = example.appendix
        let (manuscript, loadFindings) = try ManuscriptFixture.load(files, in: folder)
        guard let manuscript, !loadFindings.hasErrors else {
            return Outcome(findings: loadFindings.sorted.map(print), text: "")
        }
        do {
            let result = try Pipeline(registry: builtInStages).run(manuscript)
            return Outcome(findings: result.findings.sorted.map(print), text: PlainText.render(result.document))
        } catch let error as AssemblyError {
            let finding = Finding(.error, error.message, at: error.location ?? .start(of: "edition.yaml"), stage: error.stage ?? identifier)
            return Outcome(findings: [print(finding)], text: "")
        }
    }
}
