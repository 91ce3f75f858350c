import AssemblyTestSupport
import Foundation
import Testing

/// Runs every folder in Fixtures/ through `assemble build` and compares what the user sees.
struct FixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    @Test("Fixture manuscripts", arguments: cases)
    func fixture(_ name: String) throws {
        let folder = try TemporaryFolder()
        let work = folder.url.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: work)
        try folder.write("\(name)/Output/previous.epub", Data("earlier build".utf8))
        let expected = try String(contentsOf: work.appendingPathComponent("expected-stderr.txt"), encoding: .utf8)

        let result = try AssembleCommand.run(["build", "Manuscript", "--output", "Output", "--no-pdf"], in: work)

        #expect(result.standardError == expected)
        let outputs = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("Output").path).sorted()
        let previous = try String(contentsOf: work.appendingPathComponent("Output/previous.epub"), encoding: .utf8)
        #expect(previous == "earlier build")
        if expected.contains(": error: ") {
            #expect(result.status == 1)
            #expect(outputs == ["previous.epub"], "a failed build must not touch Output/")
        } else {
            #expect(result.status == 0)
            #expect(outputs.filter { $0.hasSuffix(".epub") || $0.hasSuffix(".docx") }.count >= 3, "an EPUB and a DOCX per volume")
            #expect(!outputs.contains { $0.hasPrefix(".staging") })
        }
    }
}
