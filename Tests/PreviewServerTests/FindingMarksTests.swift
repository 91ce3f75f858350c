import ManuscriptCore
import Testing
@testable import PreviewServer

struct FindingMarksTests {
    let path = "Manuscript/sections/a.yaml"

    var document: Document {
        let blocks = [
            Block(id: "intro", location: SourceLocation(path: path, line: 4, column: 5), content: .paragraph([.text("はじめに")])),
            Block(location: SourceLocation(path: path, line: 6, column: 5), content: .paragraph([.text("無名の段落")])),
            Block(id: "table", location: SourceLocation(path: path, line: 9, column: 5), content: .paragraph([.text("表")])),
        ]
        let section = Section(id: "a", title: "章", location: SourceLocation(path: path, line: 1, column: 1), blocks: blocks)
        return Document(edition: Edition(title: "計画", subtitle: nil, label: "L", status: .draft, date: "2026-03-19", publisher: "P", language: "ja", identifier: "urn:x"), volumes: [Volume(id: "vision", title: "本編", sections: [section])])
    }

    func finding(line: Int, _ message: String = "m") -> Finding {
        Finding(.warning, message, at: SourceLocation(path: path, line: line, column: 7), stage: "s")
    }

    @Test func aFindingMarksTheBlockItFallsIn() {
        let marks = FindingMarks([finding(line: 5, "one"), finding(line: 12, "two"), finding(line: 9, "three")], in: document)
        #expect(marks.byElement["intro"] == ["\(path):5:7: warning: one [s]"])
        #expect(marks.byElement["table"]?.count == 2)
    }

    @Test func blocksWithoutIdAndTitlesMarkTheSection() {
        let marks = FindingMarks([finding(line: 7), finding(line: 2)], in: document)
        #expect(marks.ids == ["a"])
        #expect(marks.byElement["a"]?.count == 2)
        #expect(marks.byBlock[SourceLocation(path: path, line: 6, column: 5)]?.count == 1, "the block itself, for the web edition's mark")
        #expect(marks.byBlock.count == 1, "a section title is no block")
    }

    @Test func otherFilesAndNoDocumentMarkNothing() {
        let other = Finding(.error, "x", at: .start(of: "Manuscript/edition.yaml"), stage: "manuscript")
        #expect(FindingMarks([other], in: document).ids.isEmpty)
        #expect(FindingMarks([finding(line: 5)], in: nil).ids.isEmpty)
    }

    @Test func thePanelListsFindingsAsCheckPrintsThem() {
        let failed = PreviewBuild(generation: 3, findings: [Finding(.error, "a <b>", at: SourceLocation(path: path, line: 2, column: 3), stage: "manuscript")],
                                  site: nil, marks: FindingMarks([], in: nil))
        let html = FindingsPanel.html(for: failed, showingPagesOf: 2)
        #expect(html.contains("<code>\(path):2:3: error: a &lt;b&gt; [manuscript]</code>"))
        #expect(html.contains("ビルドに失敗しました。最後に成功したビルドのページを表示しています。"))
        #expect(html.contains("エラー 1件、警告 0件"))
    }
}
