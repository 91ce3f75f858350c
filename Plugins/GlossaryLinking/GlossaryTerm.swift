import ManuscriptCore

/// One entry of the glossary file.
struct GlossaryTerm {
    let term: String
    /// Hiragana reading (yomi), which orders the glossary: kanji and Latin cannot be ordered by
    /// themselves (ICU puts kanji in JIS order and Latin before kana).
    let reading: String
    let aliases: [String]
    let definition: [Inline]
    /// The footnote's text; the definition when not given.
    let short: [Inline]
    let seeAlso: [(term: String, location: SourceLocation)]
    let url: String?
    /// Longer words the term is not linked inside (市民 not in 都市民俗), as written.
    let notIn: [String]
    let location: SourceLocation

    /// Every spelling that links to this term.
    var spellings: [String] { [term] + aliases }

    /// Whether the term begins with a Latin letter or digit (NPO, KGI, 8050問題).
    var startsWithLatin: Bool {
        term.unicodeScalars.first.map { WidthFolding.fold(Character($0)).isASCII } ?? false
    }
}
