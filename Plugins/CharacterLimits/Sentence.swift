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
        var splitter = SentenceSplitter(fallback: fallback, terminatedOnly: terminatedOnly)
        splitter.feed(inlines)
        splitter.finish()
        return splitter.sentences
    }

    // Sets of single scalars: hashing a scalar is much cheaper than hashing a Character, and these
    // are checked for every character of the manuscript.
    static let terminators = ScalarSet("。！？!?")
    static let opening = ScalarSet("「『（(［[｛{〈《【〔“‘")
    static let closing = ScalarSet("」』）)］]｝}〉》】〕”’")
}

/// A set of characters that are each one Unicode scalar, tested without hashing Characters.
struct ScalarSet {
    private let values: Set<UInt32>

    init(_ characters: String) { values = Set(characters.unicodeScalars.map(\.value)) }

    func contains(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.count == 1 && values.contains(scalars.first!.value)
    }
}

/// One pass over running text. Places come from the source anchors; a place is worked out only where
/// a sentence starts, since the text can be megabytes long.
private struct SentenceSplitter {
    let fallback: SourceLocation
    let terminatedOnly: Bool
    private(set) var sentences: [Sentence] = []
    private var anchor: SourceLocation?
    private var advance = 0
    private var text = ""
    private var start: SourceLocation?
    private var depth = 0

    init(fallback: SourceLocation, terminatedOnly: Bool) {
        self.fallback = fallback
        self.terminatedOnly = terminatedOnly
    }

    mutating func feed(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .anchor(let location):
                anchor = location
                advance = 0
            case .text(let string):
                for character in string {
                    add(character) { [anchor, advance] in
                        anchor.map { SourceLocation(path: $0.path, line: $0.line, column: $0.column + advance) }
                    }
                    advance += character.unicodeScalars.count
                }
            case .strong(let content), .link(_, let content), .changed(let content):
                feed(content)
            case .footnote(let footnote):
                feed(footnote.marked)  // the note itself is not part of the line
            case .reference(let reference):
                for character in reference.displayText { add(character) { reference.location } }
            case .term(let mark):
                for character in mark.text { add(character) { mark.location } }
            case .lineBreak:
                finish()
            case .image:
                break
            }
        }
    }

    private mutating func add(_ character: Character, location: () -> SourceLocation?) {
        if start == nil && !character.isWhitespace { start = location() ?? fallback }
        if start == nil { return }
        text.append(character)
        if Sentence.opening.contains(character) {
            depth += 1
        } else if Sentence.closing.contains(character) {
            depth = max(0, depth - 1)
        } else if depth == 0 && Sentence.terminators.contains(character) {
            finish()
        }
    }

    mutating func finish() {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let terminated = trimmed.last.map { Sentence.terminators.contains($0) || Sentence.closing.contains($0) } ?? false
        if let start, !trimmed.isEmpty && (terminated || !terminatedOnly) {
            sentences.append(Sentence(text: trimmed, location: start))
        }
        text = ""
        start = nil
        depth = 0
    }
}
