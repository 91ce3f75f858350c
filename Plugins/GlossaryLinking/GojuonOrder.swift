import Foundation

/// Orders glossary entries by reading in 五十音 order and names the row (あ行…わ行) each belongs to.
enum GojuonOrder {
    static let japanese = Locale(identifier: "ja_JP")

    /// ICU's Japanese collation through Foundation: long vowels sort as their vowel, small kana just
    /// before large ones, unvoiced before voiced. Equal readings fall back to the term, so the order
    /// never depends on the file's.
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

    /// The glossary's indices sorted by ``precedes(_:_:)``, equal entries in file order. Sorted by
    /// ICU sort keys when there are any, then checked pair by pair with `precedes` itself: the
    /// order is taken only when it is the one `precedes` gives, so the two can never print apart
    /// (Foundation compares after a common prefix, which an iteration mark such as ゝ can tell).
    static func sorted(_ glossary: [GlossaryTerm]) -> [Int] {
        let readings = glossary.map(\.reading), terms = glossary.map(\.term)
        func precedes(_ a: Int, _ b: Int) -> Bool { Self.precedes(reading: readings[a], term: terms[a], reading: readings[b], term: terms[b]) }
        let byPrecedes = { glossary.indices.sorted(by: precedes) }
        guard let keys = CollationKeys.japanese(readings) else { return byPrecedes() }
        let byKeys = glossary.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            if terms[a] != terms[b] { return terms[a] < terms[b] }
            return a < b
        }
        let agrees = zip(byKeys, byKeys.dropFirst()).allSatisfy { a, b in
            precedes(a, b) || (a < b && !precedes(b, a))
        }
        return agrees ? byKeys : byPrecedes()
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
