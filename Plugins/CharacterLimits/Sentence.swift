import Foundation
import ManuscriptCore

/// A sentence of running text and where it starts.
struct Sentence {
    let text: String
    let location: SourceLocation

    /// Splits text into sentences. A sentence ends at 。！？ (or !?) outside brackets and quotes, at a
    /// hard line break, and at the end of the text; 「はい。そうです。」と答えた。 is one sentence.
    /// With `terminatedOnly`, text that does not end with a terminator is not a sentence: a table
    /// cell such as 「福祉意識の醸成／担い手づくり」 is a list of phrases.
    static func split(_ inlines: [Inline], fallback: SourceLocation, terminatedOnly: Bool = false) -> [Sentence] {
        var sentences: [Sentence] = []
        var text = ""
        var start: SourceLocation?
        var depth = 0
        func finish() {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let terminated = trimmed.last.map { terminators.contains($0) || closing.contains($0) } ?? false
            if !trimmed.isEmpty && (terminated || !terminatedOnly) {
                sentences.append(Sentence(text: trimmed, location: start ?? fallback))
            }
            text = ""
            start = nil
        }
        for item in LocatedText(inlines).items {
            guard let item else { finish(); continue }
            let c = item.character
            if text.trimmingCharacters(in: .whitespaces).isEmpty && !c.isWhitespace { start = item.location ?? fallback }
            text.append(c)
            if opening.contains(c) { depth += 1 } else if closing.contains(c) { depth = max(0, depth - 1) }
            if depth == 0 && terminators.contains(c) { finish() }
        }
        finish()
        return sentences
    }

    static let terminators: Set<Character> = ["。", "！", "？", "!", "?"]
    static let opening: Set<Character> = ["「", "『", "（", "(", "［", "[", "｛", "{", "〈", "《", "【", "〔", "“", "‘"]
    static let closing: Set<Character> = ["」", "』", "）", ")", "］", "]", "｝", "}", "〉", "》", "】", "〕", "”", "’"]
}
