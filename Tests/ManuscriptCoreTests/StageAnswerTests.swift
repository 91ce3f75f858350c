import Foundation
import ManuscriptCore
import Testing

/// The fuzz target's second reading: bytes as an external stage's answer.
struct StageAnswerTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../FuzzSeeds/stage-answer.json")

    @Test func theFuzzSeedIsAnAnswerAWriterCanUse() throws {
        #expect(StageAnswer.problems(in: try Data(contentsOf: Self.seed)) == [])
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
