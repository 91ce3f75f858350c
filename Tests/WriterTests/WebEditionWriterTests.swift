import AssemblyTestSupport
import Foundation
import ManuscriptCore
import Testing
import WebEdition

struct WebEditionWriterTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// Writes every volume's site into the temporary folder and returns the names written.
    func write(_ document: Document, decoration: PageDecoration = .none) throws -> [String] {
        try WebEditionWriter(decoration: decoration).write(HostileDocument.input(document), to: folder.url)
    }

    func page(_ name: String) throws -> String {
        try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)
    }

    /// Two volumes: a chapter with a glossary term defined in the other volume (a footnote with its
    /// entry) and a reference to a table there, and the appendix with the glossary and a term used in it.
    static func twoVolumes(status: EditionStatus = .draft) -> Document {
        let at = SourceLocation(path: "a.yaml", line: 1, column: 1)
        let entry = ResolvedTarget(volume: "appendix", section: "glossary", anchor: "glossary-term-1", text: "地域福祉")
        let chapter = Section(id: "overview", title: "概要", number: "第1章", location: at, blocks: [
            Block(location: at, content: .paragraph([
                .text("本市は、"),
                .footnote(Footnote(id: "glossary-note-1", marked: [.text("地域福祉")], note: [.strong([.text("地域福祉")]), .text("：支え合うこと。")], entry: entry)),
                .text("を進めます。詳しくは"),
                .reference(CrossReference(target: "table-1", location: at,
                                          resolved: ResolvedTarget(volume: "appendix", section: "survey", anchor: "table-1", text: "資料編 表1"))),
                .text("。"),
                .footnote(Footnote(id: "note-9", marked: [.text("注記")], note: [.text("ただの注です。")])),
            ])),
            Block(location: at, content: .editorNote([.text("名称は未定。")])),
        ])
        let second = Section(id: "principles", title: "基本理念", number: "第2章", location: at, blocks: [
            Block(id: "p-1", location: at, content: .paragraph([.text("理念の本文。")])),
        ])
        let survey = Section(id: "survey", title: "調査", number: "資料1", location: at, blocks: [
            Block(id: "table-1", location: at, number: "表1", content: .table(Table(
                caption: [.text("回答数")], header: [[[.text("地区")], [.text("回答")]]], rows: [[[.text("平")], [.text("12")]]], rowHeaderColumns: 1))),
            Block(location: at, content: .paragraph([.reference(CrossReference(
                target: "glossary-term-1", label: "地域福祉", location: at, resolved: entry, definition: [.text("支え合うこと。")]))])),
        ])
        let glossary = Section(id: "glossary", title: "用語集", number: "資料2", location: at, blocks: [
            Block(id: "glossary-term-1", location: at, content: .paragraph([.strong([.text("地域福祉")]), .text("（ちいきふくし）")])),
            Block(location: at, content: .paragraph([.text("支え合うこと。")])),
        ])
        return Document(
            edition: Edition(title: "いわき市地域共生ビジョン", subtitle: nil, label: "提出案", status: status, date: "2026-03-19",
                             publisher: "いわき市", language: "ja", identifier: "urn:uuid:test"),
            volumes: [Volume(id: "vision", title: "いわき市地域共生ビジョン", shortTitle: "本編", sections: [chapter, second]),
                      Volume(id: "appendix", title: "資料編", shortTitle: "資料編", sections: [survey, glossary])])
    }

    @Test func eachVolumeGetsAFolderWithAnIndexAPagePerSectionTheStyleSheetAndImages() throws {
        let names = try write(Self.twoVolumes())
        #expect(names == ["plan-vision-html/index.html", "plan-vision-html/overview.html", "plan-vision-html/principles.html", "plan-vision-html/style.css",
                          "plan-appendix-html/index.html", "plan-appendix-html/survey.html", "plan-appendix-html/glossary.html", "plan-appendix-html/style.css"])
        #expect(try write(HostileDocument.make()).contains("plan-vision-html/images/image-1.png"))
    }

    @Test func pagesAreJapaneseHTMLWithNoExternalResources() throws {
        _ = try write(Self.twoVolumes())
        for name in ["plan-vision-html/index.html", "plan-vision-html/overview.html", "plan-appendix-html/glossary.html"] {
            let html = try page(name)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\""), "\(name)")
            #expect(XMLCheck.problem(in: html) == nil, "\(name)")
            // Nothing fetched: one inline script (Esc hides a definition), no script file, and the one
            // style sheet is the folder's own.
            #expect(html.components(separatedBy: "<script").count == 2 && html.contains("<script>document.addEventListener(\"keydown\""), "\(name)")
            #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("//cdn"), "\(name)")
            #expect(html.components(separatedBy: "<link ").count == 2 && html.contains("<link rel=\"stylesheet\" href=\"style.css\"/>"), "\(name)")
            #expect(!html.contains("epub:type"), "\(name): EPUB semantics have no namespace in HTML")
            #expect(html.contains("<main id=\"main\">") && html.contains("<a class=\"skip-link\" href=\"#main\">本文へ移動</a>"))
        }
        let css = try page("plan-vision-html/style.css")
        #expect(!css.contains("url(") && !css.contains("@import") && !css.contains("@font-face"))
        #expect(css.contains("@media print"))
    }

    @Test func indexHoldsTheTitleAndTheTableOfContentsOfEveryVolume() throws {
        _ = try write(Self.twoVolumes())
        let index = try page("plan-vision-html/index.html")
        #expect(index.contains("<h1 id=\"book-title\" class=\"book-title\">いわき市地域共生ビジョン（案）</h1>"))
        #expect(index.contains("<nav class=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">"))
        #expect(index.contains("<li><a href=\"overview.html\">第1章 概要</a>"))
        #expect(index.contains("<h3 class=\"toc-volume\"><a href=\"../plan-appendix-html/index.html\">資料編（案）</a></h3>"))
        #expect(index.contains("<li><a href=\"../plan-appendix-html/glossary.html\">資料2 用語集</a>"))
        #expect(index.contains("<a href=\"overview.html\" rel=\"next\"><span class=\"pager-label\">次へ</span> 第1章 概要</a>"))
    }

    @Test func chapterPagesLinkToTheirNeighbours() throws {
        _ = try write(Self.twoVolumes())
        let first = try page("plan-vision-html/overview.html"), last = try page("plan-vision-html/principles.html")
        #expect(first.contains("<a href=\"index.html\" rel=\"prev\"><span class=\"pager-label\">前へ</span> 目次</a>"))
        #expect(first.contains("<a href=\"principles.html\" rel=\"next\"><span class=\"pager-label\">次へ</span> 第2章 基本理念</a>"))
        #expect(last.contains("<a href=\"overview.html\" rel=\"prev\"><span class=\"pager-label\">前へ</span> 第1章 概要</a>"))
        #expect(last.contains("<li class=\"contents\"><a href=\"index.html\">目次</a></li>") && !last.contains("rel=\"next\""))
        #expect(first.contains("<title>第1章 概要 | いわき市地域共生ビジョン（案）</title>"))
    }

    @Test func glossaryTermsLinkToTheirEntryWithTheDefinitionBesideThem() throws {
        _ = try write(Self.twoVolumes())
        let chapter = try page("plan-vision-html/overview.html")
        #expect(chapter.contains("<span class=\"term\"><a class=\"xref glossary-link\" href=\"../plan-appendix-html/glossary.html#glossary-term-1\" aria-describedby=\"tip-1\">地域福祉</a>"
            + "<span class=\"definition\" role=\"tooltip\" id=\"tip-1\"><strong>地域福祉</strong>：支え合うこと。</span></span>"))
        #expect(!chapter.contains("glossary-note-1"), "a term with an entry is a link, not a footnote")
        let survey = try page("plan-appendix-html/survey.html")
        #expect(survey.contains("<a class=\"xref glossary-link\" href=\"glossary.html#glossary-term-1\" aria-describedby=\"tip-1\">地域福祉</a>"
            + "<span class=\"definition\" role=\"tooltip\" id=\"tip-1\">支え合うこと。</span>"))
        let css = try page("plan-vision-html/style.css")
        #expect(css.contains(".term:hover .definition, .term:focus-within .definition { display: block; }"))
    }

    @Test func referencesToTheOtherVolumeAreRelativeLinks() throws {
        _ = try write(Self.twoVolumes())
        #expect(try page("plan-vision-html/overview.html").contains("<a class=\"xref\" href=\"../plan-appendix-html/survey.html#table-1\">資料編 表1</a>"))
    }

    @Test func otherFootnotesAreDPUBNotes() throws {
        _ = try write(Self.twoVolumes())
        let chapter = try page("plan-vision-html/overview.html")
        #expect(chapter.contains("注記<a class=\"noteref\" role=\"doc-noteref\" id=\"ref-note-9\" href=\"#note-9\">※1</a>"))
        #expect(chapter.contains("<aside class=\"footnote\" role=\"doc-footnote\" id=\"note-9\"><p><a href=\"#ref-note-9\">※1</a> ただの注です。</p></aside>"))
    }

    @Test func tablesAndFiguresKeepTheirAccessibleMarkup() throws {
        _ = try write(HostileDocument.make())
        let section = try page("plan-vision-html/s.html")
        #expect(section.contains("<caption><span class=\"number\">"))
        #expect(section.contains("<th scope=\"col\">") && section.contains("<th scope=\"row\">"))
        #expect(section.contains("<img src=\"images/image-1.png\" alt=\"&lt;b&gt;"))
    }

    @Test func aFigureWithoutAltTextIsNotPassedOffAsDecorative() throws {
        let at = SourceLocation(path: "a.yaml", line: 1, column: 1)
        var document = Self.twoVolumes()
        document.volumes[0].sections[1].blocks.append(Block(location: at, content: .figure(Figure(source: "img.png", alt: " ", caption: [], pixelWidth: 1, pixelHeight: 1))))
        _ = try write(document)
        #expect(try page("plan-vision-html/principles.html").contains("<img src=\"images/image-1.png\"/>"))
    }

    @Test func draftsShowEditorNotesAndTheMarkReleasesDoNot() throws {
        _ = try write(Self.twoVolumes(status: .draft))
        let draft = try page("plan-vision-html/overview.html")
        #expect(draft.contains("名称は未定。") && draft.contains("<p class=\"site-title\"><a href=\"index.html\">いわき市地域共生ビジョン（案）</a></p>"))
        _ = try write(Self.twoVolumes(status: .final))
        let final = try page("plan-vision-html/overview.html")
        #expect(!final.contains("名称は未定。") && !final.contains("（案）"))
        _ = try write(Self.twoVolumes(status: .publicComment))
        let comment = try page("plan-vision-html/overview.html")
        #expect(!comment.contains("名称は未定。") && comment.contains("（案）"))
    }

    @Test func decorationGoesIntoEveryPageAndMarksTheBlocksWithFindings() throws {
        let decoration = PageDecoration(head: "<meta name=\"preview\" content=\"1\"/>\n", bodyStart: "<div id=\"panel\">所見</div>\n",
                                        bodyEnd: "<script src=\"/reload.js\"></script>\n", markedBlocks: ["p-1": ["a.yaml:1:1: error: 例 [x]", "二つ目"]])
        _ = try write(Self.twoVolumes(), decoration: decoration)
        for name in ["plan-vision-html/index.html", "plan-vision-html/principles.html", "plan-appendix-html/glossary.html"] {
            let html = try page(name)
            #expect(html.contains("<meta name=\"preview\" content=\"1\"/>\n</head>") && html.contains("<body>\n<div id=\"panel\">所見</div>\n<a class=\"skip-link\""))
            #expect(html.contains("<script src=\"/reload.js\"></script>\n</body>"))
        }
        #expect(try page("plan-vision-html/principles.html").contains(
            "<div class=\"finding\" data-finding=\"a.yaml:1:1: error: 例 [x]\n二つ目\">\n<p id=\"p-1\">理念の本文。</p>\n</div>\n"))
        #expect(try !page("plan-vision-html/overview.html").contains("class=\"finding\""))
    }

    @Test func hostileTextStaysEscaped() throws {
        _ = try write(HostileDocument.make())
        for name in ["plan-vision-html/index.html", "plan-vision-html/s.html"] {
            let html = try page(name)
            #expect(XMLCheck.problem(in: html) == nil, "\(name)")
            #expect(!html.contains("<b>&amp;") && !html.contains("\u{1}"), "\(name)")
        }
    }
}
