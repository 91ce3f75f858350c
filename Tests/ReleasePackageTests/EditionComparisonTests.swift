import ManuscriptCore
@testable import ReleasePackage
import Testing

struct EditionComparisonTests {
    func texts(_ rows: [EditionComparison.Row]) -> [String] {
        rows.map { row in
            func show(_ inlines: [Inline]) -> String {
                inlines.map { if case .changed(let content) = $0 { "[\(content.plainText)]" } else { $0.plainText } }.joined()
            }
            return show(row.new) + " | " + show(row.old)
        }
    }

    @Test func unchangedLinesAreLeftOutAndChangedPairsMarkOnlyWhatDiffers() {
        let rows = EditionComparison.rows(old: ["前文", "人口は減っています。", "結び"], new: ["前文", "人口は急速に減っています。", "結び"])
        #expect(texts(rows) == ["人口は[急速に]減っています。 | 人口は減っています。"])
    }

    @Test func insertedAndDeletedLinesFaceAnEmptyCell() {
        let rows = EditionComparison.rows(old: ["一", "二"], new: ["一", "新しい行", "二"])
        #expect(texts(rows) == ["[新しい行] | "])
        #expect(texts(EditionComparison.rows(old: ["一", "消えた行"], new: ["一"])) == [" | [消えた行]"])
    }

    @Test func sectionsAreMatchedByIDAndNewOrDroppedOnesSaySo() {
        func document(_ sections: [(String, String)]) -> Document {
            let location = SourceLocation.start(of: "a.yaml")
            return Document(edition: Edition(title: "T", subtitle: nil, label: "L", status: .draft, date: "2026-03-19", publisher: "P",
                                             language: "ja", identifier: "x"),
                            volumes: [Volume(id: "vision", title: "T", sections: sections.map { id, text in
                                Section(id: id, title: id, location: location, blocks: [Block(location: location, content: .paragraph([.text(text)]))])
                            })])
        }
        let comparison = EditionComparison(old: document([("a", "同じ"), ("b", "消える章")]), new: document([("a", "同じ"), ("c", "新しい章")]))
        #expect(comparison.sections.map { "\($0.title)\($0.status)" } == ["c新", "b削除"])
    }
}
