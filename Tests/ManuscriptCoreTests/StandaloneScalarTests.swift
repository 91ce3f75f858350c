import Foundation
import ManuscriptCore
import Testing

/// Counting, sentence splitting and glossary linking read text scalar by scalar when every scalar
/// stands alone; each one the set claims must be its own NFC form and a character of its own next
/// to any other (checked against the standard library's grapheme breaking).
struct StandaloneScalarTests {
    @Test func everyStandaloneScalarIsItsOwnNFCAndItsOwnCharacter() {
        let neighbours = ["a", "あ", "漢", "。", "→", "①", " ", "\n"]
        var claimed = 0
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value), StandaloneScalar.contains(scalar) else { continue }
            claimed += 1
            let alone = String(Character(scalar))
            #expect(alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(alone.unicodeScalars), "U+\(String(value, radix: 16)) changes under NFC")
            for neighbour in neighbours {
                #expect((neighbour + alone).count == 2 && (alone + neighbour).count == 2 && (alone + alone).count == 2,
                        "U+\(String(value, radix: 16)) joins its neighbour '\(neighbour)'")
            }
        }
        #expect(claimed > 20_000)
    }

    @Test func arrowsAndNumberFormsStandAloneButLetterlikeSymbolsDoNot() {
        #expect(StandaloneScalar.covers("（→ 資料編 資料1 用語集）"))
        #expect(StandaloneScalar.covers("第Ⅲ章"))
        #expect(!StandaloneScalar.covers("Ω"))  // U+2126 OHM SIGN, which NFC makes Ω
    }
}
