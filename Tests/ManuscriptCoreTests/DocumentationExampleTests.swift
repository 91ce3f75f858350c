import Foundation
import ManuscriptCore
import Testing

/// Every ```yaml block in the README and the format guide is read by the manuscript's own YAML
/// loader: editors copy these examples, so each must be valid as written.
struct DocumentationExampleTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let documents = ["README.md", "docs/manuscript-format.md"]

    struct Example: CustomTestStringConvertible, Sendable {
        var document: String
        /// The line of the opening fence, 1-based.
        var line: Int
        var text: String
        var testDescription: String { "\(document):\(line)" }
    }

    static var examples: [Example] {
        documents.flatMap { name -> [Example] in
            let text = (try? String(contentsOf: repository.appendingPathComponent(name), encoding: .utf8)) ?? ""
            var examples: [Example] = []
            var open: Example?
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if var example = open {
                    if line.hasPrefix("```") {
                        examples.append(example)
                        open = nil
                    } else {
                        example.text += line + "\n"
                        open = example
                    }
                } else if line == "```yaml" {
                    open = Example(document: name, line: index + 1, text: "")
                }
            }
            return examples
        }
    }

    @Test func bothDocumentsHaveExamples() {
        for name in Self.documents { #expect(Self.examples.contains { $0.document == name }, "no ```yaml block in \(name)") }
    }

    @Test("YAML example parses", arguments: examples)
    func exampleParses(_ example: Example) throws {
        let node: YAMLNode?
        do {
            node = try YAMLDocument.parse(Data(example.text.utf8), path: example.document)
        } catch let error as AssemblyError {
            // Placed in the document itself: the block starts on the line after its fence.
            var located = error
            located.location?.line += example.line
            Issue.record("\(located)")
            return
        }
        let root = try #require(node, "empty example")
        switch root.kind {
        case .mapping, .sequence: break
        case .scalar: Issue.record("\(example.testDescription): an example is a mapping or a list, not a bare value")
        }
    }
}
