import Foundation
import ManuscriptCore
@testable import ReleaseChecks
import Testing

/// The one-pass placeholder search finds what Foundation's case- and width-insensitive search finds,
/// on the scalars it folds itself and on those it leaves to Foundation.
struct PlaceholderScannerTests {
    static let placeholders = ["●●", "○○", "要検討", "TODO", "ダミー"]
    static let texts = [
        "", "TODO", "todo と ToDo", "ＴＯＤＯ、ｔｏｄｏ", "●●●●と●●●", "要検討事項を要検討", "○○○", "ATODOS", "ダミーとﾀﾞﾐｰ",
        "TODO\u{301}", "○\u{FE0F}○○", "ß TODO", "か\u{3099}要検討", "\u{3000}TODO\u{3000}", "ｔｏｄｏ\nTODO", "要\u{F9F4}検討",
    ]

    /// Foundation's own answer: how often each placeholder stands in the text, not overlapping itself.
    static func foundationCounts(in text: String) -> [Int] {
        placeholders.map { placeholder in
            var count = 0
            var start = text.startIndex
            while let range = text.range(of: placeholder, options: PlaceholderScanner.comparison, range: start..<text.endIndex) {
                count += 1
                start = range.upperBound
            }
            return count
        }
    }

    @Test func findsWhatFoundationFinds() {
        let scanner = PlaceholderScanner(placeholders: Self.placeholders)
        let location = SourceLocation(path: "s.yaml", line: 1, column: 1)
        for text in Self.texts {
            let expected = Self.foundationCounts(in: text)
            let block = Block(location: location, content: .paragraph([.text(text)]))
            let found = scanner.matches(in: block).map(\.placeholder)
            #expect(Self.placeholders.map { p in found.filter { $0 == p }.count } == expected, "«\(text)»")
            #expect(scanner.placeholders(in: text) == Self.placeholders.indices.filter { expected[$0] > 0 }.map { Self.placeholders[$0] })
        }
    }

    @Test func placeholdersOutsideTheFoldingAreSearchedByFoundation() {
        let scanner = PlaceholderScanner(placeholders: ["ｶﾞ", "TODO"])
        #expect(scanner.placeholders(in: "ｶﾞとtodo") == ["ｶﾞ", "TODO"])
    }
}
