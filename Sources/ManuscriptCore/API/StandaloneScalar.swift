/// Scalars that are a character on their own whatever stands around them, and that NFC leaves as
/// they are: almost all of a Japanese manuscript (kana, ideographs, ASCII, full-width forms, common
/// punctuation and symbols). A text made only of them can be read scalar by scalar, with no
/// grapheme breaking and no normalisation, and give what reading it by characters gives.
///
/// Left out: marks and selectors that join the scalar before (か + ゛, ○ + VS16, ｶﾞ), CR (CR LF is
/// one character), Hangul jamo, regional indicators, emoji modifiers and joiners, and scalars NFC
/// changes (CJK compatibility ideographs such as U+F9F4).
public enum StandaloneScalar {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x20...0x7E: true
        // Latin-1, but not the soft hyphen (a control to grapheme breaking).
        case 0xA0...0xAC, 0xAE...0xFF: true
        // General punctuation (not the spaces, joiners and marks of U+2000–200F), number forms
        // (Ⅲ), arrows (→, which the glossary's notes print), enclosed alphanumerics (①), geometric
        // shapes (●), miscellaneous symbols (★). Not the letterlike symbols: NFC turns Ω (U+2126) into Ω.
        case 0x2010...0x2027, 0x2030...0x203E, 0x2150...0x218B, 0x2190...0x21FF, 0x2460...0x24FF, 0x25A0...0x26FF: true
        // CJK punctuation (not the combining tone marks), kana (not the combining voiced marks),
        // enclosed CJK and squared words (㈱ ㎡), ideographs.
        case 0x3000...0x3029, 0x3030...0x3096, 0x309B...0x30FF, 0x3200...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        // Full-width ASCII and half-width katakana (not the half-width voiced marks, which join).
        case 0xFF01...0xFF5E, 0xFF61...0xFF9D: true
        default: false
        }
    }

    /// Whether every scalar of the text stands alone: then its characters are its scalars, one for
    /// one, and it is already NFC.
    public static func covers(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(contains)
    }
}
