import ManuscriptCore
import Testing

/// Stages find blocks through ``Document/blockPlaces``: every block once, in reading order, a
/// callout's contents right after the callout, with the volume and section it is in, across
/// empty sections and volumes.
struct BlockPlacesTests {
    @Test func everyBlockInReadingOrderWithItsVolumeAndSection() {
        let location = SourceLocation.start(of: "a.yaml")
        func paragraph(_ id: String) -> Block { Block(id: id, location: location, content: .paragraph([.text(id)])) }
        func callout(_ id: String, _ blocks: [Block]) -> Block { Block(id: id, location: location, content: .callout(Callout(title: id, blocks: blocks))) }
        func section(_ id: String, _ blocks: [Block]) -> Section { Section(id: id, title: id, location: location, blocks: blocks) }
        let edition = Edition(title: "計画", subtitle: nil, label: "L", status: .draft, date: "2026-12-01", publisher: "市", language: "ja", identifier: "x")
        let document = Document(edition: edition, volumes: [
            Volume(id: "empty", title: "空", sections: []),
            Volume(id: "vision", title: "本編", sections: [
                section("s1", [paragraph("p1"), callout("c1", [paragraph("p2"), callout("c2", [paragraph("p3")]), paragraph("p4")]), paragraph("p5")]),
                section("s2", []),
                section("s3", [callout("c3", []), paragraph("p6")]),
            ]),
            Volume(id: "appendix", title: "資料編", sections: [section("s4", [paragraph("p7")])]),
        ])
        let walked = document.blockPlaces.map { "\($0.volume.id)/\($0.section.id)/\($0.block.id ?? "")" }
        #expect(walked == ["vision/s1/p1", "vision/s1/c1", "vision/s1/p2", "vision/s1/c2", "vision/s1/p3", "vision/s1/p4", "vision/s1/p5",
                           "vision/s3/c3", "vision/s3/p6", "appendix/s4/p7"])
        // A section's share is the same walk.
        let vision = document.volumes[1]
        #expect(vision.sections.flatMap { $0.blockPlaces(in: vision) }.map { $0.block.id ?? "" } == ["p1", "c1", "p2", "c2", "p3", "p4", "p5", "c3", "p6"])
    }
}
