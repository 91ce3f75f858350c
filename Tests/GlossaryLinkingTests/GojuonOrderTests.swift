import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif
@testable import GlossaryLinking
import ManuscriptCore
import Testing

/// Glossary order checked against an independent oracle: a Python sort key written from the CLDR
/// Japanese rules (五十音 by base kana; then unvoiced < voiced < semi-voiced; then small < large).
struct GojuonOrderTests {
    static let oracle = """
        import json, sys
        ROWS = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん"
        SMALL = dict(zip("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ"))
        VOICED = dict(zip("がぎぐげござじずぜぞだぢづでどばびぶべぼゔ", "かきくけこさしすせそたちつてとはひふへほう"))
        SEMI = dict(zip("ぱぴぷぺぽ", "はひふへほ"))
        def key(reading):
            bases, voices, sizes = [], [], []
            for ch in reading:
                if ch == "ー":
                    row = ROWS.index(bases[-1]) if bases else 0
                    base, voice, size = ROWS[row % 5] if row < 45 else "う", 0, 1
                elif ch in SMALL: base, voice, size = SMALL[ch], 0, 0
                elif ch in VOICED: base, voice, size = VOICED[ch], 1, 1
                elif ch in SEMI: base, voice, size = SEMI[ch], 2, 1
                else: base, voice, size = ch, 0, 1
                bases.append(base); voices.append(voice); sizes.append(size)
            return ([ROWS.index(b) for b in bases], voices, sizes)
        entries = json.load(sys.stdin)
        json.dump(sorted(entries, key=lambda e: (key(e[1]), e[0])), sys.stdout, ensure_ascii=False)
        """

    /// Readings chosen to exercise each rule; random ones add breadth without ties the rules leave open.
    static var readings: [(String, String)] {
        var entries = [
            ("地域共生社会", "ちいききょうせいしゃかい"), ("地域", "ちいき"), ("ダブルケア", "だぶるけあ"), ("体制", "たいせい"),
            ("8050問題", "はちまるごーまるもんだい"), ("パート", "ぱーと"), ("バス", "ばす"), ("橋", "はし"), ("NPO", "えぬぴーおー"),
            ("KGI", "けーじーあい"), ("OODAループ", "うーだるーぷ"), ("ヤングケアラー", "やんぐけあらー"), ("今日", "きょう"),
            ("器用", "きよう"), ("勇気", "ゆうき"), ("ハート", "はあと"), ("博", "はく"), ("婆", "ばば"), ("パパ", "ぱぱ"), ("母", "はは"),
        ]
        let kana = Array("あいうえおかきくけこがぎぐげごさしすせそたちつてとだでどなにぬねのはひふへほばびぶぱぴまみむめもやゆよらりるれろわんゃゅょっ")
        var generator = SplitMix(seed: 2026)
        for i in 0..<60 {
            let length = 2 + Int(generator.next() % 5)
            var reading = String(kana[Int(generator.next() % 48)])
            for _ in 1..<length { reading.append(kana[Int(generator.next() % UInt64(kana.count))]) }
            entries.append(("語\(i)", reading))
        }
        return entries
    }

    @Test func ordersLikeTheOracle() throws {
        let entries = Self.readings
        let terms = entries.map { GlossaryTerm(term: $0.0, reading: $0.1, aliases: [], definition: [], short: [], seeAlso: [], url: nil, notIn: [],
                                               location: .start(of: "g.yaml")) }
        let swift = GlossaryBuilder.order(of: terms, latin: .byReading).map { terms[$0].term }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", Self.oracle]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: JSONEncoder().encode(entries.map { [$0.0, $0.1] }))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let oracle = try JSONDecoder().decode([[String]].self, from: data).map { $0[0] }
        #expect(swift == oracle)
    }

    @Test func rowsFollowTheFirstKana() {
        #expect(GojuonOrder.row(of: "えぬぴーおー") == "あ行")
        #expect(GojuonOrder.row(of: "ぱーと") == "は行")
        #expect(GojuonOrder.row(of: "ゃ") == "や行")
        #expect(GojuonOrder.row(of: "ちいき") == "た行")
        #expect(GojuonOrder.row(of: "んー") == "わ行")
    }
}

/// A small deterministic generator, so the random readings are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// The glossary is sorted by ICU sort keys, with no comparison per pair: the result must be the
/// order ICU's collator gives comparing two readings (`ucol_strcoll`, a second way into the same
/// rules), ties by term and then in file order, with iteration marks, the long-vowel mark,
/// katakana, halfwidth kana and spaces. Foundation's Japanese comparison (the order where that ICU
/// is not there) gives the same order except where it calls different readings equal.
struct GojuonSortTests {
    static func terms(_ count: Int, seed: UInt64, alphabet: String) -> [GlossaryTerm] {
        let kana = Array(alphabet)
        var generator = SplitMix(seed: seed)
        return (0..<count).map { i in
            let length = 1 + Int(generator.next() % 6)
            let reading = String((0..<length).map { _ in kana[Int(generator.next() % UInt64(kana.count))] })
            // Every tenth term repeats a name, so equal readings and equal terms both occur.
            return GlossaryTerm(term: i % 10 == 0 ? "同名" : "語\(i % 700)", reading: reading, aliases: [], definition: [], short: [], seeAlso: [],
                                url: nil, notIn: [], location: .start(of: "g.yaml"))
        }
    }

    static let alphabets = ["あいうかがきぎくさざたっつなはばぱまやゃらわんー", "あいかはゝゞヽヾきく々ー", "あいアイｱｲかカｶーｰ・ 　"]

    #if canImport(_FoundationICU)
    @Test(arguments: alphabets)
    func sortingByKeysGivesTheOrderOfICUsComparison(alphabet: String) throws {
        let glossary = Self.terms(3000, seed: 7, alphabet: alphabet)
        var status = U_ZERO_ERROR
        let collator = try #require(swift_ucol_open("ja_JP", &status))
        defer { swift_ucol_close(collator) }
        let readings = glossary.map { Array($0.reading.utf16) }
        let expected = glossary.indices.sorted { a, b in
            let order = swift_ucol_strcoll(collator, readings[a], Int32(readings[a].count), readings[b], Int32(readings[b].count))
            if order != UCOL_EQUAL { return order == UCOL_LESS }
            return glossary[a].term != glossary[b].term ? glossary[a].term < glossary[b].term : a < b
        }
        #expect(GojuonOrder.sorted(glossary) == expected)
    }
    #endif

    @Test(arguments: [alphabets[0], alphabets[2]])
    func foundationsComparisonGivesTheSameOrder(alphabet: String) {
        let glossary = Self.terms(3000, seed: 7, alphabet: alphabet)
        let expected = glossary.indices.sorted { GojuonOrder.precedes(glossary[$0], glossary[$1]) }
        #expect(GojuonOrder.sorted(glossary) == expected)
    }

    /// Where the two part: Foundation calls あー and あゝ the same reading and would put 乙 first by
    /// its term; ICU's collation, which the format documents, tells them apart at its third level.
    @Test func aLongVowelMarkComesBeforeAnIterationMark() {
        #if os(Linux)
        let glossary = [("乙", "あゝ"), ("甲", "あー")].map {
            GlossaryTerm(term: $0.0, reading: $0.1, aliases: [], definition: [], short: [], seeAlso: [], url: nil, notIn: [], location: .start(of: "g.yaml"))
        }
        #expect(GojuonOrder.sorted(glossary) == [1, 0])
        #endif
    }

    @Test func sortKeysAreThereOnLinux() {
        #if os(Linux)
        let keys = CollationKeys.japanese(["あ", "か", "が"])
        #expect(keys != nil)
        if let keys { #expect(keys[0].lexicographicallyPrecedes(keys[1]) && keys[1].lexicographicallyPrecedes(keys[2])) }
        #endif
    }
}
