import ManuscriptCore

/// A character of a text piece as counting and layout see it, worked out once per piece: its
/// 全角換算 width and what the counts and the line breaking ask of it.
struct CountedCharacter {
    let width: Double
    private let flags: UInt8

    private static let counted: UInt8 = 1, lineBreak: UInt8 = 2, fullStop: UInt8 = 4, closing: UInt8 = 8, noLineStart: UInt8 = 16

    /// Whether it counts as a character (``CountingRules/counts(_:)``).
    var counts: Bool { flags & Self.counted != 0 }
    var isLineBreak: Bool { flags & Self.lineBreak != 0 }
    var isFullStop: Bool { flags & Self.fullStop != 0 }
    var isClosing: Bool { flags & Self.closing != 0 }
    var mayNotStartLine: Bool { flags & Self.noLineStart != 0 }

    init(_ character: Character, rules: CountingRules) {
        let scalars = character.unicodeScalars
        let single = scalars.count == 1 ? scalars.first : nil
        self.init(width: rules.width(of: character), counts: rules.counts(character), isLineBreak: character == "\n", single: single)
    }

    /// A scalar that is a character on its own (``StandaloneScalar``): the same as its `Character`,
    /// without making one.
    init(standalone scalar: Unicode.Scalar, rules: CountingRules) {
        self.init(width: rules.width(ofStandalone: scalar), counts: rules.counts(standalone: scalar), isLineBreak: scalar == "\n", single: scalar)
    }

    private init(width: Double, counts: Bool, isLineBreak: Bool, single: Unicode.Scalar?) {
        self.width = width
        var flags: UInt8 = 0
        if counts { flags |= Self.counted }
        if isLineBreak { flags |= Self.lineBreak }
        if let single {
            if Layout.fullStops.contains(single) { flags |= Self.fullStop }
            if Sentence.closing.contains(single) { flags |= Self.closing }
            if Layout.noLineStart.contains(single) { flags |= Self.noLineStart }
        }
        self.flags = flags
    }

    /// The characters of NFC text (see ``CharacterTable/all(in:)``, which a run keeps for all its text).
    static func all(in text: String, rules: CountingRules) -> [CountedCharacter] {
        CharacterTable(rules: rules).all(in: text)
    }
}
