import Foundation
import ManuscriptCore
import Testing

/// The fuzz target's second reading: bytes as an external stage's answer.
struct StageAnswerTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../FuzzSeeds").standardized
    static let seed = seeds.appendingPathComponent("stage-answer.json")

    /// Seeds the fuzzer starts from must reach the validation, not stop at the decoder: each is a
    /// document a writer could use (captured from fixtures; one holds every block and inline kind).
    @Test func theFuzzSeedsAreAnswersAWriterCanUse() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".json") }
        #expect(names.count >= 4)
        for name in names {
            #expect(StageAnswer.problems(in: try Data(contentsOf: Self.seeds.appendingPathComponent(name))) == [], "\(name)")
        }
    }

    @Test func hostileAnswersAreRefused() throws {
        let seed = try String(contentsOf: Self.seed, encoding: .utf8)
        let volume = seed.replacingOccurrences(of: "\"id\": \"vision\"", with: "\"id\": \"../PWNED\"")
        #expect(StageAnswer.problems(in: Data(volume.utf8)).first?.hasPrefix("volume id '../PWNED' must be") == true)
        let nul = seed.replacingOccurrences(of: "\"text\": \"本文\"", with: "\"text\": \"本\\u0000文\"")
        #expect(StageAnswer.problems(in: Data(nul.utf8)).first?.hasPrefix("external stage 'fuzz' printed the character U+0000 at document.") == true)
        #expect(StageAnswer.problems(in: Data("{\"document\": [".utf8)).first?.hasPrefix("external stage 'fuzz' printed malformed JSON: ") == true)
    }
}
