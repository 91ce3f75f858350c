import AssemblyTestSupport
import Foundation
import Testing

/// A corpus of hostile manuscripts. Each must give a located error (`path:line:col: error: …`), exit
/// with status 1 (not a signal), stay within bounded memory, and leave the earlier Output untouched.
@Suite(.serialized)
struct HostileInputTests {
    enum Content {
        case text(String)
        case bytes([UInt8])
        case generated(() -> Data)
        case symlink(String)
        case folder
        case fifo
    }

    struct Case: CustomStringConvertible {
        let name: String
        let files: [String: Content]
        /// A fragment the error must contain.
        let expect: String
        var description: String { name }
    }

    static let edition = """
        title: 試験
        label: 耐性
        status: draft
        date: 2026-03-19
        publisher: いわき市
        volumes:
          - id: vision
            title: 試験
            sections: [s/a.yaml]

        """

    static func section(_ blocks: String) -> String { "id: a\ntitle: 概要\nblocks:\n" + blocks }

    /// A valid edition and the given section file.
    static func withSection(_ name: String, _ text: String, expect: String, extra: [String: Content] = [:]) -> Case {
        Case(name: name, files: ["edition.yaml": .text(edition), "s/a.yaml": .text(text)].merging(extra) { $1 }, expect: expect)
    }

    static func withSectionBytes(_ name: String, _ bytes: [UInt8], expect: String) -> Case {
        Case(name: name, files: ["edition.yaml": .text(edition), "s/a.yaml": .bytes(bytes)], expect: expect)
    }

    static func withEdition(_ name: String, _ text: String, expect: String) -> Case {
        Case(name: name, files: ["edition.yaml": .text(text), "s/a.yaml": .text(section("  - paragraph: 本文\n"))], expect: expect)
    }

    static let laughs: String = {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
        return text
    }()

    static let cases: [Case] = [
        // Malformed YAML
        withSection("unclosed-flow-sequence", section("  - paragraph: [本文\n"), expect: "YAML syntax error"),
        withSection("unclosed-double-quote", section("  - paragraph: \"本文\n"), expect: "YAML syntax error"),
        withSection("unclosed-single-quote", section("  - paragraph: '本文\n"), expect: "YAML syntax error"),
        withSection("bad-indentation", "id: a\ntitle: 概要\n  blocks: []\n", expect: "YAML syntax error"),
        withSection("tab-indentation", "id: a\ntitle: 概要\nblocks:\n\t- paragraph: x\n", expect: "YAML syntax error"),
        withSection("two-documents", "id: a\ntitle: t\nblocks: []\n---\nid: b\n", expect: "one YAML document"),
        withSection("bad-escape", section("  - paragraph: \"\\q\"\n"), expect: "YAML syntax error"),
        withSection("stray-at-sign", "id: @a\n", expect: "YAML syntax error"),
        withSection("duplicate-key", "id: a\ntitle: t\ntitle: u\nblocks: []\n", expect: "duplicate key 'title'"),
        withEdition("duplicate-key-in-edition", edition + "title: 二重\n", expect: "duplicate key 'title'"),
        withSection("mapping-value-in-scalar", "id: a: b\n", expect: "YAML syntax error"),
        // Wrong types
        withSection("title-is-a-list", "id: a\ntitle: [x]\nblocks: []\n", expect: "section title must be a string"),
        withSection("blocks-is-a-mapping", "id: a\ntitle: t\nblocks: {x: 1}\n", expect: "blocks must be a list"),
        withSection("heading-level-text", section("  - heading: h\n    level: two\n"), expect: "heading level must be a whole number"),
        withSection("paragraph-is-a-mapping", section("  - paragraph: {text: x}\n"), expect: "paragraph must be a string"),
        withSection("rows-is-a-string", section("  - table: {caption: c, rows: x}\n"), expect: "rows must be a list"),
        withSection("metric-value-text", section("  - metrics: {items: [{name: n, baseline: {value: 高い, year: 2024}, target: {value: 8, year: 2040}}]}\n"),
                    expect: "baseline value must be a number"),
        withSection("metric-year-range", section("  - metrics: {items: [{name: n, baseline: {value: 6.6, year: 99999}, target: {value: 8, year: 2040}}]}\n"),
                    expect: "baseline year must be a whole number"),
        withEdition("status-unknown", edition.replacingOccurrences(of: "status: draft", with: "status: 草案"), expect: "status must be one of"),
        withEdition("date-invalid", edition.replacingOccurrences(of: "2026-03-19", with: "2026-13-01"), expect: "date must be a calendar date"),
        withEdition("volumes-not-a-list", "title: t\nlabel: l\nstatus: draft\ndate: 2026-01-01\npublisher: p\nvolumes: vision\n", expect: "volumes must be a list"),
        withEdition("edition-is-a-list", "- title\n- label\n", expect: "the edition must be a mapping"),
        // Aliases
        withSection("billion-laughs", laughs, expect: "alias bomb"),
        withSection("self-referencing-anchor", "id: a\ntitle: t\nblocks: &b [*b]\n", expect: "unknown alias '*b'"),
        withSection("self-referencing-mapping", "a: &m {b: *m}\n", expect: "unknown alias '*m'"),
        withSection("undefined-alias", "id: *nowhere\n", expect: "unknown alias '*nowhere'"),
        // Nesting
        withSection("deep-flow-nesting", "id: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n",
                    expect: "nesting is deeper than 64 levels"),
        withSection("deep-block-nesting", (0..<100).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n",
                    expect: "nesting is deeper than 64 levels"),
        // Encoding and characters
        withSectionBytes("invalid-utf8", Array("id: a\ntitle: ".utf8) + [0xC3, 0x28] + Array("\nblocks: []\n".utf8), expect: "not valid UTF-8"),
        Case(name: "invalid-utf8-in-edition", files: ["edition.yaml": .bytes(Array("title: ".utf8) + [0xFF]), "s/a.yaml": .text("")], expect: "not valid UTF-8"),
        withSectionBytes("nul-byte", Array("id: a\u{0}\n".utf8), expect: "U+0000 is not allowed"),
        withSection("escape-character", "id: a\u{1B}[31m\n", expect: "U+001B is not allowed"),
        withSection("noncharacter", "id: a\u{FFFE}\n", expect: "U+FFFE is not allowed"),
        withSection("c1-control", "id: a\u{85}\n", expect: "U+0085 is not allowed"),
        withSectionBytes("utf16-file", [0xFF, 0xFE] + Array("i\0d\0".utf8), expect: "not valid UTF-8"),
        withSection("line-separator-in-comment", "id: a\n# note\u{2028}more\ntitle: x\nblocks: []\n",
                    expect: "Manuscript/s/a.yaml:2:7: error: character U+2028 is not allowed"),
        withSection("vertical-tab", section("  - paragraph: 本文\u{0B}\n"), expect: "U+000B is not allowed"),
        // Sizes
        Case(name: "fifty-megabyte-scalar", files: ["edition.yaml": .text(edition), "s/a.yaml": .generated {
            var data = Data("id: a\ntitle: t\nblocks:\n  - paragraph: ".utf8)
            data.append(Data(repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024))
            return data
        }], expect: "the limit is 33,554,432 bytes"),
        Case(name: "huge-table", files: ["edition.yaml": .text(edition), "s/a.yaml": .text(section("  - table: {caption: c, csv: big.csv}\n")),
                                         "big.csv": .generated { Data(String(repeating: "1,2,3,4,5,6,7,8,9,10\n", count: 25_000).utf8) }],
             expect: "table has 250,000 cells; the limit is 200,000"),
        // Paths
        withEdition("section-path-dotdot", edition.replacingOccurrences(of: "s/a.yaml", with: "../outside.yaml"), expect: "must not use '..'"),
        withEdition("section-path-absolute", edition.replacingOccurrences(of: "s/a.yaml", with: "/etc/passwd"), expect: "must be relative"),
        Case(name: "section-symlink-out", files: ["edition.yaml": .text(edition), "s/a.yaml": .symlink("/etc/hostname")], expect: "leads outside the manuscript folder"),
        withSection("csv-dotdot", section("  - table: {caption: c, csv: ../../x.csv}\n"), expect: "must not use '..'"),
        withSection("figure-absolute", section("  - figure: {src: /usr/share/pixmaps/debian-logo.png, alt: ロゴ}\n"), expect: "must be relative"),
        withSection("figure-symlink-out", section("  - figure: {src: out.png, alt: 画像}\n"), expect: "leads outside the manuscript folder",
                    extra: ["out.png": .symlink("/etc/hostname")]),
        withEdition("missing-section", edition.replacingOccurrences(of: "s/a.yaml", with: "s/missing.yaml"), expect: "does not exist"),
        Case(name: "missing-edition", files: ["s/a.yaml": .text("id: a\n")], expect: "no edition.yaml"),
        Case(name: "section-is-a-folder", files: ["edition.yaml": .text(edition), "s/a.yaml": .folder], expect: "cannot read 'Manuscript/s/a.yaml': it is a folder, not a regular file"),
        Case(name: "section-is-a-fifo", files: ["edition.yaml": .text(edition), "s/a.yaml": .fifo],
             expect: "cannot read 'Manuscript/s/a.yaml': it is a named pipe (FIFO), not a regular file"),
        withSection("figure-is-a-fifo", section("  - figure: {src: pipe.png, alt: 画像}\n"), expect: "it is a named pipe (FIFO), not a regular file",
                    extra: ["pipe.png": .fifo]),
        withSection("csv-is-a-folder", section("  - table: {caption: c, csv: t.csv}\n"), expect: "cannot read 'Manuscript/t.csv': it is a folder, not a regular file",
                    extra: ["t.csv": .folder]),
        Case(name: "edition-symlink-out", files: ["edition.yaml": .symlink("/etc/hostname"), "s/a.yaml": .text("id: a\n")],
             expect: "path 'edition.yaml' leads outside the manuscript folder"),
        // Ids, references, blocks
        Case(name: "duplicate-ids", files: ["edition.yaml": .text(edition.replacingOccurrences(of: "[s/a.yaml]", with: "[s/a.yaml, s/b.yaml]")),
                                            "s/a.yaml": .text(section("  - paragraph: x\n")), "s/b.yaml": .text("id: a\ntitle: b\nblocks: []\n")],
             expect: "duplicate id 'a'"),
        withSection("invalid-id", "id: 概要\ntitle: t\nblocks: []\n", expect: "id '概要' must be"),
        withSection("dangling-reference", section("  - paragraph: \"[[nowhere]]\"\n"), expect: "reference to unknown id 'nowhere'"),
        withSection("unknown-block-kind", section("  - quote: x\n"), expect: "unknown block kind 'quote'"),
        withSection("two-block-kinds", section("  - paragraph: x\n    heading: y\n"), expect: "a block has exactly one kind"),
        withSection("figure-missing", section("  - figure: {src: a.png}\n"), expect: "file 'a.png' does not exist"),
        withSection("figure-not-an-image", section("  - figure: {src: fake.png, alt: 偽物}\n"), expect: "is not a readable PNG or JPEG",
                    extra: ["fake.png": .text("not a png")]),
        withSection("unclosed-strong", section("  - paragraph: \"**強調\"\n"), expect: "'**' opened here is never closed"),
        withSection("javascript-link", section("  - paragraph: \"[x](javascript:alert(1))\"\n"), expect: "must be a URL"),
        withSection("ragged-csv", section("  - table: {caption: c, csv: t.csv}\n"), expect: "CSV record 2 has 1 fields", extra: ["t.csv": .text("a,b\n1\n")]),
        withSection("empty-section", "", expect: "section file is empty"),
        withEdition("empty-edition", "", expect: "edition.yaml is empty"),
        withEdition("unknown-stage", "pipeline:\n  - stage: nothing\n" + edition, expect: "unknown stage 'nothing'"),
        // Numbers and generated ids
        Case(name: "id-of-the-summary-copy", files: ["edition.yaml": .text(edition.replacingOccurrences(of: "[s/a.yaml]", with: "[s/a.yaml, s/b.yaml]")),
                                                     "s/a.yaml": .text(section("  - paragraph: 要点\n    summary: true\n")),
                                                     "s/b.yaml": .text("id: summary-a\ntitle: 付録\nblocks:\n  - paragraph: x\n")],
             expect: "id 'summary-a' is the one the summary gives its copy of 'a'; rename it"),
        withSection("limit-beyond-int", section("  - paragraph: 本文\n"), expect: "error must be a number from 0 to 1,000,000,000",
                    extra: ["limits.yaml": .text("limits:\n  - {scope: sentence, unit: characters, error: 10000000000}\n")]),
        withSection("metric-value-beyond-double", section("  - metrics: {items: [{name: n, baseline: {value: 100000000000000000000, year: 2024}, target: {value: 8, year: 2040}}]}\n"),
                    expect: "baseline value 100000000000000000000 is out of range"),
        // Valid-looking input that would make invalid output
        withEdition("language-with-quote", edition + "language: 'ja\"'\n", expect: "language 'ja\"' must be a BCP 47 language tag such as ja or ja-JP"),
        withEdition("base-url-with-userinfo", edition + "outputs:\n  base-url: https://user:pw@city.example/\n",
                    expect: "base-url 'https://user:pw@city.example/' must not carry a user name or password"),
        withSection("link-with-userinfo", section("  - paragraph: \"[市](https://www.city.iwaki.lg.jp@evil.example/)\"\n"),
                    expect: "must not carry a user name or password before the host"),
        withSection("link-with-bidi-override", section("  - paragraph: \"[表](https://example.jp/\u{202E}fdp.exe)\"\n"),
                    expect: "must not contain the character U+202E"),
        withSection("link-with-quote", section("  - paragraph: '[表](https://example.jp/\"onmouseover=x)'\n"),
                    expect: "must not contain the character U+0022"),
        withSection("blank-title-ideographic-space", "id: a\ntitle: \"\u{3000}\"\nblocks: []\n", expect: "section title is empty or blank"),
        withSection("null-title", "id: a\ntitle: ~\nblocks: []\n", expect: "section title is null"),
        withEdition("empty-edition-title", edition.replacingOccurrences(of: "title: 試験\nlabel", with: "title: ''\nlabel"), expect: "title is empty or blank"),
    ] + ["\\0", "\\x01", "\\e", "\\a", "\\v", "\\x7f", "\\N", "\\x9b", "\\uFFFE"].map { escape in
        withSection("escaped-control-\(escape)", section("  - paragraph: \"本文\(escape)\"\n"), expect: "(written as an escape), which is not allowed")
    } + [
        Case(name: "failing-external-stage", files: ["edition.yaml": .text("pipeline:\n  - command: tools/crash.sh\n" + edition),
                                                     "s/a.yaml": .text(section("  - paragraph: x\n")),
                                                     "tools/crash.sh": .text("#!/bin/sh\nkill -SEGV $$\n")],
             expect: "failed with exit status 139"),
    ]

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.cases.count >= 50)
    }

    @Test("Hostile manuscripts", arguments: cases)
    func hostile(_ hostile: Case) throws {
        let folder = try TemporaryFolder()
        let manuscript = folder.url.appendingPathComponent("Manuscript")
        for (path, content) in hostile.files {
            let url = manuscript.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            switch content {
            case .text(let text): try folder.write("Manuscript/\(path)", Data(text.utf8))
            case .bytes(let bytes): try folder.write("Manuscript/\(path)", Data(bytes))
            case .generated(let make): try folder.write("Manuscript/\(path)", make())
            case .symlink(let target): try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
            case .folder: try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            case .fifo: mkfifo(url.path, 0o644)
            }
            if path.hasSuffix(".sh") { chmod(url.path, 0o755) }
        }
        try folder.write("Output/previous.epub", Data("earlier build".utf8))

        let measured = try AssembleCommand.runMeasured(["build", "Manuscript"], in: folder.url)

        #expect(measured.result.status == 1, "\(hostile.name): exit \(measured.result.status)\n\(measured.result.standardError)")
        let located = measured.result.standardError.split(separator: "\n").contains { line in
            line.range(of: #"^\S+:\d+:\d+: error: .+ \[[a-z.-]+\]$"#, options: .regularExpression) != nil
        }
        #expect(located, "\(hostile.name): no located error in\n\(measured.result.standardError)")
        #expect(measured.result.standardError.contains(hostile.expect), "\(hostile.name): \(measured.result.standardError)")
        if let peak = measured.peakKilobytes {
            #expect(peak < 1_500_000, "\(hostile.name) used \(peak) KB")
        }
        let outputs = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Output").path)
        #expect(outputs == ["previous.epub"])
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("Output/previous.epub")) == Data("earlier build".utf8))
    }
}
