import Foundation

/// How text is counted, from the limits file: whitespace, ambiguous widths and the page layout.
struct CountingRules {
    /// Whether spaces and line breaks count as characters (by default not: limits are about content).
    var countWhitespace = false
    /// The 全角換算 width of East Asian Ambiguous characters (●, ※, ①): 1 in Japanese documents.
    var ambiguousWidth = 1.0
    /// Cells per line and lines per page of the estimated print layout (A4, 10.5 pt: 40 × 36).
    var charactersPerLine = 40
    var linesPerPage = 36
    /// Lines a figure takes in the page estimate.
    var figureLines = 12

    /// The text as counted: NFC (never NFKC, which would turn ㎡ into m2 and drop variation selectors).
    func normalized(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

    /// Whether a grapheme counts at all: whitespace only when configured, and never one that
    /// prints nothing (see ``isInvisible(_:)``), in any unit.
    func counts(_ character: Character) -> Bool {
        (countWhitespace || !character.isWhitespace) && !Self.isInvisible(character)
    }

    /// The same for a scalar that is a character on its own (``StandaloneScalar``).
    func counts(standalone scalar: Unicode.Scalar) -> Bool {
        (countWhitespace || !Self.isWhitespace(standalone: scalar)) && !Self.isInvisible(scalar)
    }

    /// `Character.isWhitespace` of a scalar that is a character on its own: printable ASCII, kana
    /// and ideographs are answered without a property lookup.
    static func isWhitespace(standalone scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x3001...0x9FFF: false
        default: scalar.properties.isWhitespace
        }
    }

    func characters(_ text: String) -> Double { characters(of: Array(normalized(text))) }

    func fullwidthEquivalent(_ text: String) -> Double { fullwidthEquivalent(of: Array(normalized(text))) }

    /// Counts grapheme clusters of NFC text (``TextPiece`` splits them once).
    func characters(of characters: [Character]) -> Double {
        Double(characters.reduce(0) { counts($1) ? $0 + 1 : $0 })
    }

    func fullwidthEquivalent(of characters: [Character]) -> Double {
        characters.reduce(0) { counts($1) ? $0 + width(of: $1) : $0 }
    }

    /// A grapheme's 全角換算 width, taken from the whole cluster rather than its first scalar:
    /// nothing for an invisible one; 1 for an emoji sequence (🇯🇵, ❤️, 1️⃣, ☝🏽, ❤‍🔥), which
    /// displays wide whatever its first scalar's class; otherwise its base's width, plus half a cell
    /// for each half-width voiced mark (ｶﾞ is as wide as ガ). Combining marks and variation
    /// selectors add nothing.
    func width(of character: Character) -> Double {
        let scalars = character.unicodeScalars
        let first = scalars.first!
        if Self.isInvisible(character) { return 0 }
        if scalars.count > 1, Self.isEmojiSequence(scalars) { return 1 }
        let base: Double = switch EastAsianWidth.of(first) {
        case .wide: 1
        case .ambiguous: ambiguousWidth
        case .halfwidth, .narrow: 0.5
        }
        return scalars.dropFirst().reduce(base) { $1.value == 0xFF9E || $1.value == 0xFF9F ? $0 + 0.5 : $0 }
    }

    /// The same for a scalar that is a character on its own (``StandaloneScalar``).
    func width(ofStandalone scalar: Unicode.Scalar) -> Double {
        if Self.isInvisible(scalar) { return 0 }
        return switch EastAsianWidth.of(scalar) {
        case .wide: 1
        case .ambiguous: ambiguousWidth
        case .halfwidth, .narrow: 0.5
        }
    }

    /// A grapheme that prints nothing: a zero-width space, joiner or non-joiner, word joiner, BOM
    /// and the other default-ignorable characters, or a variation selector or combining mark with
    /// no base to attach to.
    static func isInvisible(_ character: Character) -> Bool { isInvisible(character.unicodeScalars.first!) }

    /// Whether a grapheme starting with this scalar prints nothing.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII, kana (but not the combining voiced marks U+3099–309A), CJK ideographs
        // and fullwidth forms hold no default-ignorable or combining character: most of a Japanese
        // manuscript is answered without a property lookup.
        switch scalar.value {
        case 0x21...0x7E, 0x3041...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xFF01...0xFF9D: return false
        default: break
        }
        let first = scalar.properties
        return first.isDefaultIgnorableCodePoint || first.generalCategory == .nonspacingMark || first.generalCategory == .enclosingMark
    }

    /// Flags (two regional indicators) and emoji made to display as emoji: with VS16, a keycap, a
    /// skin-tone modifier, or joined to another by ZWJ.
    private static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
        let first = scalars.first!
        if Self.isRegionalIndicator(first) { return scalars.dropFirst().first.map(Self.isRegionalIndicator) ?? false }
        guard first.properties.isEmoji else { return false }
        return scalars.dropFirst().contains { $0.value == 0xFE0F || $0.value == 0x20E3 || $0.value == 0x200D || $0.properties.isEmojiModifier }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(scalar.value) }
}
