import ManuscriptCore

/// A sentence of running text and where it starts.
struct Sentence {
    let text: String
    let location: SourceLocation

    /// Splits text into sentences. A sentence ends after a run of 。！？ (or !?) outside brackets and
    /// quotes, with any closing brackets that follow it (本当ですか！？ is one sentence), at a hard
    /// line break, and at the end of the text. Brackets nest: 「はい。そうです。」と答えた。 and
    /// 「「支え合う。」これが目標です。」 are one sentence each.
    /// With `terminatedOnly`, text that does not end with a terminator (before any closing brackets)
    /// is not a sentence: table cells such as 「福祉意識の醸成／担い手づくり」 or 「計画（第3次）」 are
    /// phrases.
    static func split(_ inlines: [Inline], fallback: SourceLocation, terminatedOnly: Bool = false) -> [Sentence] {
        var sentences: [Sentence] = []
        split(inlines, fallback: fallback, terminatedOnly: terminatedOnly, into: &sentences)
        return sentences
    }

    /// The same, added to `sentences`: a section's sentences go into one array.
    static func split(_ inlines: [Inline], fallback: SourceLocation, terminatedOnly: Bool = false, into sentences: inout [Sentence]) {
        var splitter = SentenceSplitter(fallback: fallback, terminatedOnly: terminatedOnly, sentences: sentences)
        sentences = []  // the splitter holds the only reference, so appending never copies
        splitter.feed(inlines)
        splitter.finish()
        sentences = splitter.sentences
    }

    // Sets of single scalars: hashing a scalar is much cheaper than hashing a Character, and these
    // are checked for every character of the manuscript.
    static let terminators = ScalarSet("。！？!?")
    static let opening = ScalarSet("「『（(［[｛{〈《【〔“‘")
    static let closing = ScalarSet("」』）)］]｝}〉》】〕”’")
}

/// One pass over running text. Places come from the source anchors; a place is worked out only where
/// a sentence starts, since the text can be megabytes long.
private struct SentenceSplitter {
    let fallback: SourceLocation
    let terminatedOnly: Bool
    private(set) var sentences: [Sentence] = []
    /// The sentence so far, as UTF-8: runs of text are appended as bytes.
    private var text: [UInt8] = []
    private var start: SourceLocation?
    /// `start != nil`, without making and destroying an optional pair for each character.
    private var isStarted: Bool {
        if case .some = start { true } else { false }
    }
    private var depth = 0
    /// A terminator outside brackets was read: the sentence ends before the next character that is
    /// neither a terminator nor a closing bracket.
    private var ended = false

    init(fallback: SourceLocation, terminatedOnly: Bool, sentences: [Sentence]) {
        self.fallback = fallback
        self.terminatedOnly = terminatedOnly
        self.sentences = sentences
    }

    mutating func feed(_ inlines: [Inline]) {
        inlines.forEachPrintedPiece { piece in
            switch piece {
            case .text(let string, let origin, let isExact):
                func location(at advance: Int) -> SourceLocation? {
                    guard isExact, let origin else { return origin }
                    return SourceLocation(path: origin.path, line: origin.line, column: origin.column + advance)
                }
                if StandaloneScalar.covers(string) {
                    // Each scalar is a character: no grapheme breaking, no `Character`s, and the
                    // sentence takes the text a run at a time rather than a scalar at a time.
                    feedRuns(of: string, location: location)
                } else {
                    var advance = 0
                    for character in string {
                        add(character) { [advance] in location(at: advance) }
                        advance += character.unicodeScalars.count
                    }
                }
            case .lineBreak:
                finish()
            case .image:
                break
            }
        }
    }

    /// A character as the splitter needs it, made from a `Character` or from a scalar that is one.
    private struct Unit {
        let isTerminator: Bool
        let isOpening: Bool
        let isClosing: Bool
        let isWhitespace: Bool

        init(_ character: Character) {
            isTerminator = Sentence.terminators.contains(character)
            isOpening = Sentence.opening.contains(character)
            isClosing = Sentence.closing.contains(character)
            isWhitespace = character.isWhitespace
        }

        init(_ scalar: Unicode.Scalar) {
            isTerminator = Sentence.terminators.contains(scalar)
            isOpening = Sentence.opening.contains(scalar)
            isClosing = Sentence.closing.contains(scalar)
            isWhitespace = CountingRules.isWhitespace(standalone: scalar)
        }
    }

    /// `add` for each scalar of text whose scalars are its characters, read from its UTF-8; what
    /// `add` would append one by one is appended as runs of its bytes (`pending` up to the current scalar).
    private mutating func feedRuns(of string: String, location: (Int) -> SourceLocation?) {
        let scalars = string.unicodeScalars
        var string = string
        string.withUTF8 { bytes in
            var pending: Int?
            func flush(to end: Int) {
                if let from = pending { text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<end])) }
                pending = nil
            }
            var advance = 0
            var offset = 0
            for scalar in scalars {
                let here = offset
                offset += UTF8.width(scalar)
                let unit = Unit(scalar)
                defer { advance += 1 }
                if ended {
                    if unit.isTerminator || unit.isClosing {
                        if pending == nil { pending = here }
                        continue
                    }
                    flush(to: here)
                    finish()
                }
                if !isStarted && !unit.isWhitespace { start = location(advance) ?? fallback }
                if !isStarted { continue }
                if pending == nil { pending = here }
                track(unit)
            }
            flush(to: bytes.count)
        }
    }

    private mutating func add(_ character: Character, location: () -> SourceLocation?) {
        let unit = Unit(character)
        if ended {
            if unit.isTerminator || unit.isClosing {
                text.append(contentsOf: character.utf8)
                return
            }
            finish()
        }
        if !isStarted && !unit.isWhitespace { start = location() ?? fallback }
        if !isStarted { return }
        text.append(contentsOf: character.utf8)
        track(unit)
    }

    /// Bracket depth and the end of the sentence, after `unit` was taken into it.
    private mutating func track(_ unit: Unit) {
        if unit.isOpening {
            depth += 1
        } else if unit.isClosing {
            depth = max(0, depth - 1)
        } else if depth == 0 && unit.isTerminator {
            ended = true
        }
    }

    mutating func finish() {
        let trimmed = String(decoding: text, as: UTF8.self).trimmingSpaces()
        let terminated = trimmed.reversed().first { !Sentence.closing.contains($0) }.map(Sentence.terminators.contains) ?? false
        if let start, !trimmed.isEmpty && (terminated || !terminatedOnly) {
            sentences.append(Sentence(text: trimmed, location: start))
        }
        text.removeAll(keepingCapacity: true)
        start = nil
        depth = 0
        ended = false
    }
}
