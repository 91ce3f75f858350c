import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

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
        /// The bytes, then a hole up to the size: a file that takes no room or time to make.
        case sparse([UInt8], size: Int)
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

    /// A PNG header (1×1 pixels) for figures whose body does not matter.
    static let pngHeader: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1]
    static let twoGigabytes = 2 << 30

    /// An edition with an appendix volume whose one item lists `attachments`.
    static func withAttachment(_ name: String, _ file: Content, limits: String = "", expect: String) -> Case {
        let edition = Self.edition.replacingOccurrences(of: "volumes:\n", with: limits + "pipeline:\n  - stage: appendix-bundling\nvolumes:\n")
            + "  - id: appendix\n    title: 資料編\n    sections: [s/b.yaml]\n"
        return Case(name: name, files: ["edition.yaml": .text(edition), "s/a.yaml": .text(section("  - paragraph: 本文\n")),
                                        "s/b.yaml": .text("id: b\ntitle: 資料\nblocks:\n  - attachments:\n      - {file: data/report.pdf, title: 報告書}\n"),
                                        "data/report.pdf": file],
                    expect: expect)
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
        withSection("figure-two-gigabytes", section("  - figure: {src: big.png, alt: 画像}\n"),
                    expect: "'Manuscript/big.png' is 2,147,483,648 bytes (2 GiB); figures may be at most 67,108,864 bytes (64 MiB): raise file-limits.figure in edition.yaml to accept it",
                    extra: ["big.png": .sparse(pngHeader, size: twoGigabytes)]),
        Case(name: "figure-over-a-set-limit", files: ["edition.yaml": .text(edition + "file-limits: {figure: 1 KiB}\n"),
                                                      "s/a.yaml": .text(section("  - figure: {src: big.png, alt: 画像}\n")),
                                                      "big.png": .sparse(pngHeader, size: 5000)],
             expect: "Manuscript/s/a.yaml:4:19: error: 'Manuscript/big.png' is 5,000 bytes (5 KB); figures may be at most 1,024 bytes (1 KiB): raise file-limits.figure in edition.yaml to accept it [manuscript]"),
        withAttachment("attachment-two-gigabytes", .sparse(Array("%PDF-1.7\n".utf8), size: twoGigabytes),
                       expect: "Manuscript/s/b.yaml:5:16: error: 'Manuscript/data/report.pdf' is 2,147,483,648 bytes (2 GiB); attachments may be at most 268,435,456 bytes (256 MiB): raise file-limits.attachment in edition.yaml to accept it [appendix-bundling]"),
        withAttachment("attachment-over-a-set-limit", .sparse(Array("%PDF-1.7\n".utf8), size: 2_000_001), limits: "file-limits:\n  attachment: 2 MB\n",
                       expect: "'Manuscript/data/report.pdf' is 2,000,001 bytes (1.9 MiB); attachments may be at most 2,000,000 bytes (2 MB)"),
        withAttachment("attachment-is-a-fifo", .fifo, expect: "cannot read 'Manuscript/data/report.pdf': it is a named pipe (FIFO), not a regular file"),
        withAttachment("attachment-not-what-it-says", .text("<html>"), expect: "'data/report.pdf' is not a valid PDF file"),
        withEdition("file-limit-beyond-range", edition + "file-limits: {figure: 100000000000000000000}\n",
                    expect: "file-limits.figure must be a size such as 64 MiB or 500 MB (units B, KB, MB, GB, KiB, MiB, GiB), from 1 byte to 68,719,476,736 bytes (64 GiB)"),
        withEdition("file-limit-above-the-highest", edition + "file-limits: {attachment: 65 GiB}\n", expect: "file-limits.attachment must be a size such as"),
        withEdition("file-limit-zero", edition + "file-limits: {attachment: 0}\n", expect: "file-limits.attachment must be a size such as"),
        withEdition("file-limit-unknown-unit", edition + "file-limits: {figure: 64 megabytes}\n", expect: "file-limits.figure must be a size such as"),
        withEdition("file-limit-unknown-key", edition + "file-limits: {image: 1 MB}\n", expect: "unknown key 'image' in file-limits"),
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
        withSection("id-of-a-section-title", section("  - heading: 見出し\n    id: a-title\n"),
                    expect: "Manuscript/s/a.yaml:4:5: error: id 'a-title' is the one the EPUB gives the title of section 'a'; rename it [manuscript]"),
        withSection("null-heading", section("  - heading: ~\n"), expect: "heading is null; write the text it should print"),
        withSection("blank-heading", section("  - heading: \"\u{3000} \"\n"), expect: "heading is empty or blank"),
        withSection("chart-csv-control", section("  - chart: {type: bar, caption: 推移, csv: c.csv, alt: 図}\n"),
                    expect: "Manuscript/c.csv:3:5: error: character U+0001 is not allowed in a manuscript [charts]",
                    extra: ["c.csv": .text("年,人口\n2020,1\n2021\u{1},2\n")]),
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
            case .sparse(let bytes, let size):
                try folder.write("Manuscript/\(path)", Data(bytes))
                truncate(url.path, off_t(size))
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

    /// A 200 MB figure and a 200 MB attachment under raised limits build and go into a release
    /// while `assemble` stays far below their size: they are copied a piece at a time, never read
    /// whole. A CSV attachment is checked as UTF-8 in pieces too, with a character split between two.
    @Test func largeFilesAreCopiedAPieceAtATime() throws {
        let size = 200_000_000
        let folder = try TemporaryFolder()
        let edition = Self.edition.replacingOccurrences(of: "status: draft", with: "status: final")
            .replacingOccurrences(of: "volumes:\n", with: "file-limits: {figure: 300 MB, attachment: 300 MB}\npipeline:\n  - stage: appendix-bundling\nvolumes:\n")
            + "  - id: appendix\n    title: 資料編\n    sections: [s/b.yaml]\n"
        let csv = Data(repeating: UInt8(ascii: "a"), count: (1 << 20) - 1) + Data("あ,い\n".utf8)
        try folder.write(["Manuscript/edition.yaml": edition,
                          "Manuscript/s/a.yaml": Self.section("  - figure: {src: big.png, alt: 大きな画像}\n"),
                          "Manuscript/s/b.yaml": "id: b\ntitle: 資料\nblocks:\n  - attachments:\n      - {file: report.pdf, title: 報告書}\n      - {file: table.csv, title: 集計表}\n"])
        try folder.write("Manuscript/table.csv", csv)
        for (name, head) in [("big.png", Self.pngHeader), ("report.pdf", Array("%PDF-1.7\n".utf8))] {
            try folder.write("Manuscript/\(name)", Data(head))
            truncate(folder.url.appendingPathComponent("Manuscript/\(name)").path, off_t(size))
        }
        // No LibreOffice: the release is made without PDFs, quickly.
        let withoutOffice = ["PATH": "/usr/bin:/bin"]

        let build = try AssembleCommand.runMeasured(["build", "Manuscript", "--no-pdf"], in: folder.url, environment: withoutOffice)
        let release = try AssembleCommand.runMeasured(["release", "Manuscript"], in: folder.url, environment: withoutOffice)

        #expect(build.result.status == 0, "\(build.result.standardError)")
        #expect(release.result.status == 0, "\(release.result.standardError)")
        for peak in [build.peakKilobytes, release.peakKilobytes].compactMap({ $0 }) {
            #expect(peak < 120_000, "peak \(peak) KB for \(size / 1_000_000) MB files")
        }
        let copied = try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent("Output/appendix-files/report.pdf").path)
        #expect(copied[.size] as? Int == size)
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("Output/appendix-files/table.csv")) == csv)
        let epub = try ZipReader(path: folder.url.appendingPathComponent("Output/document-vision.epub").path)
        #expect(epub.entries.contains { $0.name.hasSuffix(".png") && $0.size == size })
        let releases = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Output/release").path)
        let zipPath = folder.url.appendingPathComponent("Output/release/\(try #require(releases.first))").path
        let package = try ZipReader(path: zipPath)
        #expect(package.entries.contains { $0.name.hasSuffix("/appendix-files/report.pdf") && $0.size == size }, "\(package.entries.map(\.name))")
        let listed = try package.text(named: try #require(package.entries.first { $0.name.hasSuffix("/SHA256SUMS") }).name)
        let sum = Process(), output = Pipe()
        sum.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        sum.arguments = [folder.url.appendingPathComponent("Manuscript/report.pdf").path]
        sum.standardOutput = output
        try sum.run()
        let expected = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        sum.waitUntilExit()
        #expect(listed.contains("\(expected)  appendix-files/report.pdf"), "\(listed)")
    }
}
