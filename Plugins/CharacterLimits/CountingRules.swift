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

    func counts(_ character: Character) -> Bool {
        countWhitespace || !character.isWhitespace
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

    /// A grapheme's width is its first scalar's: combining marks and variation selectors add nothing.
    func width(of character: Character) -> Double {
        switch EastAsianWidth.of(character.unicodeScalars.first!) {
        case .wide: 1
        case .ambiguous: ambiguousWidth
        case .halfwidth, .narrow: 0.5
        }
    }
}
