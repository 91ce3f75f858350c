import Foundation
import ManuscriptCore

/// Folds full-width Latin (ＮＰＯ, ８０５０) and half-width katakana (ｶﾞ) to their usual widths, one
/// character for one, so matching can ignore width while the output keeps the author's text.
///
/// Only the Halfwidth and Fullwidth Forms block and the ideographic space are folded: compatibility
/// characters elsewhere (①, ㎡) are different characters, not different widths. Every folded
/// character is composed (NFC): ｶﾞ folds to ガ, one scalar, and so does か + combining ゛. The term
/// automaton compares scalars, so カ + U+3099 would never meet a term written ガ, although Swift
/// calls the two Characters equal.
enum WidthFolding {
    static func fold(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        let first = scalars.first!
        let widthForm = (0xFF00...0xFFEF).contains(first.value) || first.value == 0x3000
        guard widthForm || scalars.count > 1 else { return character }
        let text = String(character)
        let folded = (widthForm ? text.precomposedStringWithCompatibilityMapping : text).precomposedStringWithCanonicalMapping
        return folded.count == 1 ? Character(folded) : character
    }

    static func fold(_ text: String) -> [Character] { text.map(fold) }

    /// `String(fold(text))`, scalar by scalar when every scalar folds simply (``foldedScalar(_:)``),
    /// as almost every term and alias does: the glossary's spellings are keyed by it.
    static func foldedString(_ text: String) -> String {
        // Most spellings have nothing to fold: they are returned as they are, not rebuilt.
        if text.unicodeScalars.allSatisfy({ foldedScalar($0) == $0.value }) { return text }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let value = foldedScalar(scalar) else { return String(fold(text)) }
            folded.append(Unicode.Scalar(value)!)
        }
        return String(folded)
    }

    /// A scalar folded, when it is a character on its own (``StandaloneScalar``) and folds simply:
    /// a run of those folds scalar by scalar as it would character by character, without splitting
    /// it into `Character`s. Half-width katakana are left to ``fold(_:)-(Character)``.
    static func foldedScalar(_ scalar: Unicode.Scalar) -> UInt32? {
        guard StandaloneScalar.contains(scalar) else { return nil }
        switch scalar.value {
        case 0x3000: return 0x20
        case 0xFF01...0xFF5E: return scalar.value - 0xFEE0
        case 0xFF61...0xFF9D: return nil
        default: return scalar.value
        }
    }

    /// A Latin letter or digit of a folded text (ＤＶＤ folds to DVD), which a Latin term must not
    /// touch: DV is not a term inside DVD, nor AI inside MAIL.
    static func isLatinAlphanumeric(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isLatinAlphanumeric) ?? false
    }

    static func isLatinAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0xC0...0x24F, 0x1E00...0x1EFF: return scalar.properties.isAlphabetic
        default: return false
        }
    }
}
