import Foundation

/// Folds full-width Latin (ＮＰＯ, ８０５０) and half-width katakana (ｶﾞ) to their usual widths, one
/// character for one, so matching can ignore width while the output keeps the author's text.
///
/// Only the Halfwidth and Fullwidth Forms block and the ideographic space are folded: compatibility
/// characters elsewhere (①, ㎡) are different characters, not different widths. A decomposed
/// character (か + combining ゛) is composed (NFC), so it matches a term written が.
enum WidthFolding {
    static func fold(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, (0xFF00...0xFFEF).contains(first.value) || first.value == 0x3000 else {
            guard scalars.count > 1 else { return character }
            let composed = String(character).precomposedStringWithCanonicalMapping
            return composed.count == 1 ? Character(composed) : character
        }
        let folded = String(character).precomposedStringWithCompatibilityMapping
        return folded.count == 1 ? Character(folded) : character
    }

    static func fold(_ text: String) -> [Character] { text.map(fold) }
}
