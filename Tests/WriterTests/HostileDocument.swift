import AssemblyTestSupport
import Foundation
import ManuscriptCore
import ZipArchive

/// A document with XML-significant and control characters in every text field the writers print.
enum HostileDocument {
    static let nasty = "<b>&amp; \"引用\" 'x' \u{1}\u{1B}]]>"

    static func make(status: EditionStatus = .draft) -> Document {
        let at = SourceLocation(path: "a.yaml", line: 1, column: 1)
        let text: [Inline] = [.text(nasty)]
        let reference = CrossReference(target: "t", label: nasty, location: at,
                                       resolved: ResolvedTarget(volume: "vision", section: "s", anchor: "t", text: nasty))
        let blocks = [
            Block(id: "h", location: at, content: .heading(Heading(level: 2, text: text))),
            Block(location: at, content: .paragraph(text + [.strong(text), .reference(reference), .lineBreak,
                                                           .link(url: "https://example.jp/?a=1&b=\"2\"", content: text),
                                                           .footnote(Footnote(id: "note-1", marked: text, note: text + [.strong(text)])),
                                                           .term(TermMark(text: nasty, location: at))])),
            Block(location: at, content: .list(BulletList(ordered: true, items: [text]))),
            Block(id: "t", location: at, number: nasty, content: .table(Table(caption: text, header: [[text, text]], rows: [[text, text]], rowHeaderColumns: 1))),
            Block(id: "c", location: at, content: .callout(Callout(title: nasty, blocks: [Block(location: at, content: .paragraph(text))]))),
            Block(id: "m", location: at, content: .metrics(MetricSet(caption: text, metrics: [
                Metric(name: nasty, measures: nasty, unit: nasty, scale: "10", baseline: .init(value: "6.61", year: 2024, note: nasty),
                       target: .init(value: "8.00", year: 2040, note: nasty))]))),
            Block(id: "f", location: at, content: .figure(Figure(source: "img.png", alt: nasty, caption: text, pixelWidth: 1, pixelHeight: 1))),
            Block(location: at, content: .editorNote([.text("編集メモの本文" + nasty)])),
        ]
        let section = Section(id: "s", title: nasty, number: "第1章", location: at, blocks: blocks)
        return Document(
            edition: Edition(title: nasty, subtitle: nasty, label: nasty, status: status, date: "2026-03-19",
                             publisher: nasty, language: "ja", identifier: "urn:uuid:\(nasty)"),
            volumes: [Volume(id: "vision", title: nasty + "本編", sections: [section])])
    }

    /// A 1×1 PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC")!

    static func input(_ document: Document) -> RenderInput {
        RenderInput(document: document, date: BuildDate(secondsSince1970: 1_773_878_400),
                    outputs: OutputSettings(basename: "plan", formats: [.epub, .docx], baseURL: "https://example.jp/plan/"), readAsset: { _ in .bytes(png) })
    }
}

extension TemporaryFolder {
    /// Writes the first volume of `document` with `writer` as `name` in this folder and opens the result.
    func render(_ document: Document, with writer: any VolumeWriter.Type, as name: String) throws -> ZipReader {
        let path = url.appendingPathComponent(name).path
        try writer.init().write(document.volumes[0], of: HostileDocument.input(document), to: path)
        return try ZipReader(path: path)
    }

    /// Whether rendering the same document twice gives the same bytes.
    func rendersReproducibly(with writer: any VolumeWriter.Type) throws -> Bool {
        _ = try render(HostileDocument.make(), with: writer, as: "first")
        _ = try render(HostileDocument.make(), with: writer, as: "second")
        return try Data(contentsOf: url.appendingPathComponent("first")) == Data(contentsOf: url.appendingPathComponent("second"))
    }
}
