import ManuscriptCore
import Testing

/// ``Document/updateInlines(inBlocksWhere:_:)`` rewrites the text of the blocks it picks, callout
/// contents included, in reading order with each block's section, and leaves every other block as it was.
struct UpdateInlinesTests {
    let location = SourceLocation.start(of: "a.yaml")

    func paragraph(_ id: String, _ inlines: [Inline]) -> Block { Block(id: id, location: location, content: .paragraph(inlines)) }
    func reference(_ target: String) -> Inline { .reference(CrossReference(target: target, location: location)) }

    @Test func picksBlocksInReadingOrderCalloutsIncluded() {
        let edition = Edition(title: "計画", subtitle: nil, label: "L", status: .draft, date: "2026-12-01", publisher: "市", language: "ja", identifier: "x")
        var document = Document(edition: edition, volumes: [
            Volume(id: "vision", title: "本編", sections: [
                Section(id: "s1", title: "一", location: location, blocks: [
                    paragraph("p1", [.text("前"), reference("a")]),
                    Block(id: "c1", location: location, content: .callout(Callout(title: "囲み", blocks: [
                        paragraph("p2", [.strong([reference("b")])]),
                        paragraph("p3", [.text("参照なし")]),
                    ]))),
                ]),
                Section(id: "s2", title: "二", location: location, blocks: [paragraph("p4", [.text("参照なし")])]),
            ]),
            Volume(id: "appendix", title: "資料編", sections: [
                Section(id: "s3", title: "三", location: location, blocks: [
                    paragraph("p5", [.footnote(Footnote(id: "n1", marked: [.text("注")], note: [reference("c")]))]),
                ]),
            ]),
        ])
        let before = document
        var visited: [String] = []
        document.updateInlines(inBlocksWhere: \.content.holdsReference) { inlines, sectionID in
            var targets: [String] = []
            inlines.forEachReference { targets.append($0.target) }
            visited.append("\(sectionID):\(targets.joined(separator: ","))")
            inlines.append(.text("＋"))
        }
        #expect(visited == ["s1:a", "s1:b", "s3:c"])
        let texts = document.blockPlaces.map { $0.block.content.inlineRuns.map(\.plainText).joined() }
        #expect(texts == ["前a＋", "", "b＋", "参照なし", "参照なし", "注＋"])
        // Sections without a picked block are the same values as before.
        #expect(document.volumes[0].sections[1] == before.volumes[0].sections[1])
        #expect(document.volumes[0].sections[0].blocks[1].id == "c1")
    }
}
