import Foundation

/// Orders glossary entries by reading in 五十音 order and names the row (あ行…わ行) each belongs to.
enum GojuonOrder {
    static let japanese = Locale(identifier: "ja_JP")

    /// The Japanese collation through Foundation, for where ICU's own is not there to import: long
    /// vowels sort as their vowel, small kana just before large ones, unvoiced before voiced. Equal
    /// readings fall back to the term, so the order never depends on the file's.
    static func precedes(_ a: GlossaryTerm, _ b: GlossaryTerm) -> Bool {
        precedes(reading: a.reading, term: a.term, reading: b.reading, term: b.term)
    }

    /// ``precedes(_:_:)`` on the two fields it reads, which spares copying whole entries.
    static func precedes(reading a: String, term aTerm: String, reading b: String, term bTerm: String) -> Bool {
        switch a.compare(b, options: [], range: nil, locale: japanese) {
        case .orderedAscending: return true
        case .orderedDescending: return false
        case .orderedSame: return aTerm < bTerm
        }
    }

    /// The glossary's indices in 五十音 order, equal readings by term, then in file order: by ICU's
    /// Japanese sort keys, which order readings as its collator compares them (a test holds the two
    /// together), or else by ``precedes(_:_:)``. Foundation's comparison gives the same order but for
    /// readings it calls equal that ICU does not (あー, あゝ), and costs a bridge per pair.
    static func sorted(_ glossary: [GlossaryTerm]) -> [Int] {
        let readings = glossary.map(\.reading), terms = glossary.map(\.term)
        guard let keys = CollationKeys.japanese(readings) else {
            return glossary.indices.sorted { a, b in
                Self.precedes(reading: readings[a], term: terms[a], reading: readings[b], term: terms[b])
            }
        }
        return glossary.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            if terms[a] != terms[b] { return terms[a] < terms[b] }
            return a < b
        }
    }

    static let rows: [(name: String, kana: String)] = [
        ("あ行", "あいうえおぁぃぅぇぉゔ"), ("か行", "かきくけこがぎぐげごゕゖ"), ("さ行", "さしすせそざじずぜぞ"),
        ("た行", "たちつてとだぢづでどっ"), ("な行", "なにぬねの"), ("は行", "はひふへほばびぶべぼぱぴぷぺぽ"),
        ("ま行", "まみむめも"), ("や行", "やゆよゃゅょ"), ("ら行", "らりるれろ"), ("わ行", "わゐゑをんゎ"),
    ]

    /// Each kana's row, looked up once per term.
    private static let rowOfKana: [Character: String] = Dictionary(rows.flatMap { row in row.kana.map { ($0, row.name) } }) { first, _ in first }

    /// The row heading for a reading, from its first kana.
    static func row(of reading: String) -> String {
        reading.first.flatMap { rowOfKana[$0] } ?? "その他"
    }
}
