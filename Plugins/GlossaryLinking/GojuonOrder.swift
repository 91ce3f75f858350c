import Foundation

/// Orders glossary entries by reading in 五十音 order and names the row (あ行…わ行) each belongs to.
enum GojuonOrder {
    static let japanese = Locale(identifier: "ja_JP")

    /// ICU's Japanese collation through Foundation: long vowels sort as their vowel, small kana just
    /// before large ones, unvoiced before voiced. Equal readings fall back to the term, so the order
    /// never depends on the file's.
    static func precedes(_ a: GlossaryTerm, _ b: GlossaryTerm) -> Bool {
        switch a.reading.compare(b.reading, options: [], range: nil, locale: japanese) {
        case .orderedAscending: return true
        case .orderedDescending: return false
        case .orderedSame: return a.term < b.term
        }
    }

    static let rows: [(name: String, kana: String)] = [
        ("あ行", "あいうえおぁぃぅぇぉゔ"), ("か行", "かきくけこがぎぐげごゕゖ"), ("さ行", "さしすせそざじずぜぞ"),
        ("た行", "たちつてとだぢづでどっ"), ("な行", "なにぬねの"), ("は行", "はひふへほばびぶべぼぱぴぷぺぽ"),
        ("ま行", "まみむめも"), ("や行", "やゆよゃゅょ"), ("ら行", "らりるれろ"), ("わ行", "わゐゑをんゎ"),
    ]

    /// The row heading for a reading, from its first kana.
    static func row(of reading: String) -> String {
        guard let first = reading.first else { return "その他" }
        return rows.first { $0.kana.contains(first) }?.name ?? "その他"
    }
}
