import Foundation
import ManuscriptCore
import Testing

struct DocumentJSONTests {
    @Test func documentRoundTripsThroughJSON() throws {
        let location = SourceLocation(path: "a.yaml", line: 3, column: 5)
        let reference = CrossReference(target: "kgi", label: nil, location: location,
                                       resolved: ResolvedTarget(volume: "vision", section: "promotion", anchor: "kgi", text: "表3 KGI"))
        let blocks = [
            Block(id: "h", location: location, content: .heading(Heading(level: 2, text: [.text("見出し")]))),
            Block(location: location, content: .paragraph([.strong([.text("強調")]), .reference(reference), .lineBreak,
                                                           .link(url: "https://example.jp/", content: [.text("リンク")])])),
            Block(location: location, content: .list(BulletList(ordered: true, items: [[.text("一")]]))),
            Block(id: "t", location: location, number: "表1", content: .table(Table(caption: [.text("表")], header: [[[.text("a")]]], rows: [[[.text("1")]]], rowHeaderColumns: 1))),
            Block(location: location, content: .callout(Callout(title: "ご提案", blocks: [Block(location: location, content: .editorNote([.text("メモ")]))]))),
            Block(location: location, content: .metrics(MetricSet(caption: [], metrics: [Metric(name: "幸せ度", measures: nil, unit: "点", scale: "10", baseline: .init(value: "6.61", year: 2024), target: .init(value: "8.00", year: 2040))]))),
            Block(location: location, content: .figure(Figure(source: "i.png", alt: "代替", caption: [], pixelWidth: 2, pixelHeight: 3))),
        ]
        let document = Document(
            edition: Edition(title: "T", subtitle: nil, label: "L", status: .publicComment, date: "2026-12-01", publisher: "P", language: "ja", identifier: "urn:uuid:x"),
            volumes: [Volume(id: "vision", title: "V", sections: [Section(id: "s", title: "S", location: location, blocks: blocks)])])
        let data = try JSONEncoder().encode(document)
        #expect(try JSONDecoder().decode(Document.self, from: data) == document)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"type\":\"strong\"") && json.contains("\"status\":\"public-comment\""))
    }

    @Test func unknownTypesAreRejected() {
        let json = #"{"type": "blink", "text": "x"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Inline.self, from: Data(json.utf8)) }
    }
}
