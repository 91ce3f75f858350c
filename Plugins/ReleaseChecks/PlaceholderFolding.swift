/// The folding Foundation's case- and width-insensitive search applies, for the scalars that make up
/// almost all of a Japanese manuscript: there it is one scalar for one (Ａ and A to a), so a run can
/// be folded once and searched for every placeholder in one pass.
///
/// Scalars outside these ranges may fold to several scalars (ß to ss, ﬁ to fi), be canonically
/// equivalent to others (林 and U+F9F4), or join the scalar before into one character (か + ゛, ○ +
/// VS16, ｶﾞ), and Foundation never matches part of a character: a run holding one is searched by
/// Foundation itself, so the fast path never disagrees with it.
enum PlaceholderFolding {
    /// The folded scalar, or nil when Foundation's comparison has to decide.
    static func folded(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0x09, 0x0A, 0x20...0x7E: return value
        case 0xFF21...0xFF3A: return value - 0xFEE0 + 0x20
        case 0xFF01...0xFF5E: return value - 0xFEE0
        // × ÷ ° ± § ¶: no case, no decomposition.
        case 0xA7, 0xB0, 0xB1, 0xB6, 0xD7, 0xF7: return value
        // General punctuation (not the spaces U+2000–200F, some canonically equal to others),
        // geometric shapes (● ○ ■ ◎), miscellaneous symbols (★ ☆).
        case 0x2010...0x2027, 0x2030...0x203E, 0x25A0...0x25FF, 0x2600...0x26FF: return value
        // CJK punctuation (not the combining tone marks), kana (not the combining voiced marks),
        // ideographs.
        case 0x3000...0x3029, 0x3030...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: return value
        default: return nil
        }
    }

    /// A whole text folded, or nil when one of its scalars has no one-for-one folding.
    static func folded(_ text: String, into buffer: inout [UInt32]) -> Bool {
        buffer.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            guard let folded = folded(scalar) else { return false }
            buffer.append(folded)
        }
        return true
    }
}
