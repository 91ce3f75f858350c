import AssemblyTestSupport
import Foundation
import ManuscriptCore
import Testing

struct ManuscriptLoaderTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func findings(_ section: String, extra: [String: String] = [:]) throws -> [String] {
        var files = extra
        files["edition.yaml"] = ManuscriptFixture.edition(vision: ["a.yaml"])
        files["a.yaml"] = section
        return try ManuscriptFixture.load(files, in: folder).findings.sorted.map(\.description)
    }

    @Test func loadsEveryBlockKind() throws {
        try folder.write("data/t.csv", Data("区分,2024年\n総人口,\"307,558人\"\n".utf8))
        try folder.write("img.png", Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC")!)
        let files = [
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"]),
            "a.yaml": """
                id: a
                title: 概要
                blocks:
                  - heading: 見出し
                  - paragraph: 本文
                  - list: [一, 二]
                  - table: {caption: 表, csv: data/t.csv, row-headers: 1}
                  - callout: {blocks: [{paragraph: 提案}]}
                  - metrics: {items: [{name: 幸せ度, unit: 点, scale: 10, baseline: {value: 6.61, year: 2024}, target: {value: 8.00, year: 2040}}]}
                  - figure: {src: img.png, alt: 一画素の画像}
                  - note: メモ
                """,
        ]
        let (manuscript, findings) = try ManuscriptFixture.load(files, in: folder)
        #expect(findings.all.isEmpty)
        let blocks = try #require(manuscript?.document.volumes.first?.sections.first?.blocks)
        #expect(blocks.map(\.content.kind) == ["heading", "paragraph", "list", "table", "callout", "metrics", "figure", "note"])
        guard case .table(let table) = blocks[3].content, case .metrics(let set) = blocks[5].content,
              case .figure(let figure) = blocks[6].content, case .callout(let callout) = blocks[4].content else {
            Issue.record("wrong kinds"); return
        }
        #expect(table.header.first?.map(\.plainText) == ["区分", "2024年"])
        #expect(table.rows.first?.last?.plainText == "307,558人")
        #expect(set.metrics.first?.target.value == "8.00")
        #expect(figure.pixelWidth == 1 && figure.pixelHeight == 1)
        #expect(callout.title == "ご提案")
        #expect(blocks[0].location.description == "a.yaml:4:5")
    }

    @Test func wrongTypesAndUnknownKeysAreLocated() throws {
        #expect(try findings("id: a\ntitle: [x]\nblocks: []\n") == ["a.yaml:2:8: error: section title must be a string, found a list [manuscript]"])
        #expect(try findings("id: a\ntitle: x\ntilte: y\nblocks: []\n")
                == ["a.yaml:3:1: error: unknown key 'tilte' in a section; did you mean 'title'? [manuscript]"])
        #expect(try findings("id: a\ntitle: x\nsubtitle: y\nblocks: []\n")
                == ["a.yaml:3:1: error: unknown key 'subtitle' in a section; expected one of: id, title, blocks [manuscript]"])
        #expect(try findings("id: A_1\ntitle: x\nblocks: []\n").first?.contains("a.yaml:1:5: error: id 'A_1' must be") == true)
        #expect(try findings("id: a\ntitle: x\nblocks:\n  - heading: h\n    level: 7\n")
                == ["a.yaml:5:12: error: heading level must be a whole number from 2 to 3 [manuscript]"])
    }

    @Test func everyBadBlockIsReported() throws {
        let found = try findings("""
            id: a
            title: x
            blocks:
              - paragraf: typo
              - paragraph: ok
              - paragraph: x
                list: [y]
              - figure: {src: img.png}
            """)
        #expect(found == [
            "a.yaml:4:5: error: unknown block kind 'paragraf'; did you mean 'paragraph'? [manuscript]",
            "a.yaml:6:5: error: a block has exactly one kind (one of: heading, paragraph, list, table, callout, metrics, figure, note, meeting-history, survey-results, public-comment-results, hearing-results, attachments, roles, role-table, role-matrix, related-plans, chart, glossary); found paragraph and list [manuscript]",
            "a.yaml:8:19: error: file 'img.png' does not exist [manuscript]",
        ])
    }

    /// Misspelt names get the likely intended one; names close to nothing get the whole list.
    @Test func misspeltKindsAndKeysSuggestTheIntendedOne() throws {
        let section = { (blocks: String) in try self.findings("id: a\ntitle: x\nblocks:\n" + blocks) }
        #expect(try section("  - quote: x\n") == [
            "a.yaml:4:5: error: unknown block kind 'quote'; expected one of: heading, paragraph, list, table, callout, metrics, figure, note, meeting-history, survey-results, public-comment-results, hearing-results, attachments, roles, role-table, role-matrix, related-plans, chart, glossary [manuscript]",
        ])
        #expect(try section("  - role-tabel: {caption: c}\n") == ["a.yaml:4:5: error: unknown block kind 'role-tabel'; did you mean 'role-table'? [manuscript]"])
        #expect(try section("  - heading: h\n    levle: 3\n") == ["a.yaml:5:5: error: unknown key 'levle' in a block; did you mean 'level'? [manuscript]"])
        #expect(try section("  - table: {caption: c, rows: [[1]], row-header: 1}\n")
                == ["a.yaml:4:38: error: unknown key 'row-header' in table; did you mean 'row-headers'? [manuscript]"])
        #expect(try section("  - metrics: {items: [{name: n, baseline: {value: 1, yaer: 2024}, target: {value: 2, year: 2030}}]}\n")
                == ["a.yaml:4:54: error: unknown key 'yaer' in baseline; did you mean 'year'? [manuscript]"])

        let base = ManuscriptFixture.edition(vision: ["a.yaml"])
        let edition = { (text: String) in
            try ManuscriptFixture.load(["edition.yaml": text, "a.yaml": "id: a\ntitle: x\nblocks: []\n"], in: self.folder)
                .findings.sorted.map(\.description)
        }
        #expect(try edition(base.replacingOccurrences(of: "publisher:", with: "publsher:"))
                == ["edition.yaml:5:1: error: unknown key 'publsher' in the edition; did you mean 'publisher'? [manuscript]"])
        #expect(try edition(base.replacingOccurrences(of: "short-title:", with: "shorttitle:"))
                == ["edition.yaml:9:5: error: unknown key 'shorttitle' in a volume; did you mean 'short-title'? [manuscript]"])
        #expect(try edition(base.replacingOccurrences(of: "status: draft", with: "status: drafts"))
                == ["edition.yaml:3:9: error: status must be one of: draft, public-comment, final; did you mean 'draft'? [manuscript]"])
        #expect(try edition(base + "outputs: {basename: t, format: [epub]}\n")
                == ["edition.yaml:11:24: error: unknown key 'format' in outputs; did you mean 'formats'? [manuscript]"])
        #expect(try edition(base + "outputs: {basename: t, formats: [epbu, pdf]}\n")
                == ["edition.yaml:11:34: error: unknown output format 'epbu'; did you mean 'epub'? [manuscript]"])
    }

    @Test func tablesMustBeRectangularAndCaptioned() throws {
        #expect(try findings("id: a\ntitle: x\nblocks:\n  - table: {rows: [[a]]}\n")
                == ["a.yaml:4:12: error: a table needs a 'caption' saying what it shows [manuscript]"])
        #expect(try findings("id: a\ntitle: x\nblocks:\n  - table:\n      caption: c\n      rows:\n        - [a, b]\n        - [c]\n")
                == ["a.yaml:8:11: error: this row has 1 cells; the first row has 2 [manuscript]"])
        #expect(try findings("id: a\ntitle: x\nblocks:\n  - table: {caption: c, csv: t.csv}\n", extra: ["t.csv": "a,b\n1\n"])
                == ["t.csv:2:1: error: CSV record 2 has 1 fields; the first has 2 [manuscript]"])
    }

    @Test func idsAreUniqueAcrossVolumes() throws {
        let files = [
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"], appendix: ["b.yaml"]),
            "a.yaml": "id: a\ntitle: x\nblocks:\n  - heading: h\n    id: shared\n",
            "b.yaml": "id: b\ntitle: y\nblocks:\n  - table: {id: shared, caption: c, rows: [[1]]}\n",
        ]
        let found = try ManuscriptFixture.load(files, in: folder).findings.sorted.map(\.description)
        #expect(found == ["b.yaml:4:5: error: duplicate id 'shared'; first used at a.yaml:4:5 [manuscript]"])
    }

    @Test func pathsMustStayInsideTheManuscript() throws {
        let outside = try TemporaryFolder()
        try outside.write(["secret.csv": "a\n1\n"])
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("link.csv"), withDestinationURL: outside.url.appendingPathComponent("secret.csv"))
        let section = { (path: String) in "id: a\ntitle: x\nblocks:\n  - table: {caption: c, csv: \(path)}\n" }
        #expect(try findings(section("../x.csv")).first?.hasSuffix("path '../x.csv' must not use '..'; files must stay inside the manuscript folder [manuscript]") == true)
        #expect(try findings(section("/etc/hostname")).first?.hasSuffix("path '/etc/hostname' must be relative to the manuscript folder [manuscript]") == true)
        #expect(try findings(section("link.csv")).first?.hasSuffix("path 'link.csv' leads outside the manuscript folder (through a symbolic link) [manuscript]") == true)
    }

    @Test func editionProblemsAreLocated() throws {
        let base = ManuscriptFixture.edition(vision: ["a.yaml"])
        let cases = [
            (base.replacingOccurrences(of: "status: draft", with: "status: done"), "edition.yaml:3:9: error: status must be one of: draft, public-comment, final [manuscript]"),
            (base.replacingOccurrences(of: "date: 2026-03-19", with: "date: 2026-02-30"), "edition.yaml:4:7: error: date must be a calendar date written YYYY-MM-DD [manuscript]"),
            (base.replacingOccurrences(of: "a.yaml", with: "gone.yaml"), "edition.yaml:10:16: error: file 'gone.yaml' does not exist [manuscript]"),
        ]
        for (edition, expected) in cases {
            let found = try ManuscriptFixture.load(["edition.yaml": edition, "a.yaml": "id: a\ntitle: x\nblocks: []\n"], in: folder)
            #expect(found.findings.sorted.map(\.description) == [expected])
        }
    }

    @Test func missingEditionFile() throws {
        let found = Manuscript.load(from: folder.url, displayPath: "Manuscript").findings.sorted.map(\.description)
        #expect(found == ["Manuscript/edition.yaml:1:1: error: no edition.yaml in the manuscript folder [manuscript]"])
    }
}
