import AssemblyTestSupport
import Foundation
import Testing

/// External stages are untrusted: what they print passes the checks a manuscript passes before a
/// writer sees it, and a stage cannot hold `assemble` past its timeout.
@Suite(.serialized)
struct ExternalStageHostilityTests {
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

    /// A Python stage that changes the document it is given with `change` (a statement on `d`, with
    /// `p` the first paragraph's inlines) and prints it back.
    static func stage(_ change: String) -> String {
        """
        #!/usr/bin/python3
        import json, sys
        d = json.load(sys.stdin)["document"]
        p = next(b["content"]["paragraph"] for v in d["volumes"] for s in v["sections"] for b in s["blocks"] if b["content"]["type"] == "paragraph")
        \(change)
        print(json.dumps({"document": d}))

        """
    }

    struct Case: CustomStringConvertible {
        let name: String
        let script: String
        let expect: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "duplicate-section", script: stage(#"d["volumes"][0]["sections"].append(d["volumes"][0]["sections"][0])"#),
             expect: "duplicate id 'a'; first used at Manuscript/s/a.yaml:1:1"),
        Case(name: "volume-id-outside-output", script: stage(#"d["volumes"][0]["id"] = "../../PWNED""#),
             expect: "volume id '../../PWNED' must be 1–64 characters"),
        Case(name: "section-id-zip-entry", script: stage(#"d["volumes"][0]["sections"][0]["id"] = "../../evil""#),
             expect: "section id '../../evil' must be 1–64 characters"),
        Case(name: "section-id-script", script: stage(#"d["volumes"][0]["sections"][0]["id"] = 'x"><script>alert(1)</script>'"#),
             expect: #"section id 'x"><script>alert(1)</script>' must be"#),
        Case(name: "javascript-link", script: stage(#"p.append({"type": "link", "url": "javascript:alert(1)", "content": [{"type": "text", "text": "x"}]})"#),
             expect: "link target 'javascript:alert(1)' must be a URL starting with https://, http:// or mailto:"),
        Case(name: "link-with-userinfo", script: stage(#"p.append({"type": "link", "url": "https://city.example@evil.example/", "content": []})"#),
             expect: "must not carry a user name or password before the host"),
        Case(name: "footnote-entry-outside-site", script: stage(#"p.append({"type": "footnote", "footnote": {"id": "n-1", "marked": [], "note": [], "entry": {"volume": "vision", "section": "../../x", "anchor": "a", "text": "x"}}})"#),
             expect: "footnote entry section '../../x' must be 1–64 characters"),
        Case(name: "huge-image", script: stage(#"p.append({"type": "image", "image": {"source": "a.png", "alt": "x", "widthMillimetres": 1e300, "pixelWidth": 10, "pixelHeight": 10}})"#),
             expect: "mm must be more than 0 and at most 1000 mm"),
        Case(name: "image-path-outside", script: stage(#"p.append({"type": "image", "image": {"source": "../../etc/passwd", "alt": "x", "widthMillimetres": 10, "pixelWidth": 10, "pixelHeight": 10}})"#),
             expect: "image path '../../etc/passwd' must be a relative path"),
        Case(name: "nul-in-text", script: stage(#"p.append({"type": "text", "text": "\u0000"})"#),
             expect: "printed the character U+0000 at document.volumes.0.sections.0.blocks.0.content.paragraph"),
        Case(name: "duplicate-block-id", script: stage(#"b = d["volumes"][0]["sections"][0]["blocks"]; b += [dict(b[0], id="x"), dict(b[0], id="x")]"#),
             expect: "duplicate id 'x'; first used at Manuscript/s/a.yaml:4:5"),
        Case(name: "footnote-id-of-a-section", script: stage(#"p.append({"type": "footnote", "footnote": {"id": "a", "marked": [], "note": []}})"#),
             expect: "duplicate id 'a'; first used at Manuscript/s/a.yaml:1:1"),
        Case(name: "footnote-mark-id", script: stage(#"d["volumes"][0]["sections"][0]["blocks"][0]["id"] = "ref-n"; p.append({"type": "footnote", "footnote": {"id": "n", "marked": [], "note": []}})"#),
             expect: "id 'ref-n' is the one the EPUB gives the mark of footnote 'n'; rename it"),
        Case(name: "blank-section-title", script: stage(#"d["volumes"][0]["sections"][0]["title"] = "\u3000""#),
             expect: "Manuscript/s/a.yaml:1:1: error: section title is empty or blank; write the text it should print [stage.py]"),
        Case(name: "blank-volume-title", script: stage(#"d["volumes"][0]["title"] = " ""#), expect: "volume title is empty or blank"),
        Case(name: "language-with-quote", script: stage(#"d["edition"]["language"] = 'ja"><x'"#),
             expect: #"language 'ja"><x' must be a BCP 47 language tag such as ja or ja-JP"#),
        Case(name: "edition-date", script: stage(#"d["edition"]["date"] = "99999-99-99""#),
             expect: "date '99999-99-99' must be a calendar date written YYYY-MM-DD"),
        Case(name: "blank-heading", script: stage(#"d["volumes"][0]["sections"][0]["blocks"].append({"content": {"type": "heading", "heading": {"level": 2, "text": []}}, "location": d["volumes"][0]["sections"][0]["location"], "options": {}})"#),
             expect: "heading is empty or blank"),
        Case(name: "number-beyond-int", script: stage(#"p.append({"type": "image", "image": {"source": "a.png", "alt": "x", "widthMillimetres": 10, "pixelWidth": 10**30, "pixelHeight": 10}})"#),
             expect: "printed malformed JSON: "),
        Case(name: "escape-in-finding", script: "#!/bin/sh\nprintf '{\"findings\": [], \"document\": 1}'\necho 'boom \\033[31m red' >&2\nexit 3\n",
             expect: "failed with exit status 3: boom <U+001B>[31m red"),
    ]

    @Test("Hostile stage output", arguments: cases)
    func hostile(_ hostile: Case) throws {
        let folder = try TemporaryFolder()
        try folder.write(["Manuscript/edition.yaml": "pipeline:\n  - command: tools/stage.py\n" + Self.edition,
                          "Manuscript/s/a.yaml": "id: a\ntitle: 概要\nblocks:\n  - paragraph: 本文\n",
                          "Manuscript/tools/stage.py": hostile.script,
                          "Output/previous.epub": "earlier build"])
        chmod(folder.url.appendingPathComponent("Manuscript/tools/stage.py").path, 0o755)

        let result = try AssembleCommand.run(["build", "Manuscript"], in: folder.url)

        #expect(result.status == 1, "\(hostile.name): exit \(result.status)\n\(result.standardError)")
        #expect(result.standardError.contains(hostile.expect), "\(hostile.name): \(result.standardError)")
        #expect(!result.standardError.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "raw control character printed")
        let outputs = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Output").path)
        #expect(outputs == ["previous.epub"], "\(hostile.name): \(outputs)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("PWNED-vol.epub").path))
    }

    /// Ten thousand warnings of one kind print as twenty and a line saying how many more; another
    /// kind from the same stage still prints; JSON lists them all and counts the kind. A message with
    /// a line break or a bidirectional override prints as one line without them. (A control character
    /// such as ESC refuses the whole answer, as the hostile cases show.)
    @Test func repeatedWarningsAreSummarizedAndEscaped() throws {
        let folder = try TemporaryFolder()
        let script = """
            #!/usr/bin/python3
            import json, sys
            d = json.load(sys.stdin)["document"]
            at = {"path": "Manuscript/s/a.yaml", "line": 1, "column": 1}
            found = [{"severity": "warning", "message": "sentence %d has %d characters; the limit is 1,000" % (i, 1000 + i), "location": at} for i in range(10000)]
            found += [{"severity": "warning", "message": "term '語%d' is unused" % i, "location": at} for i in range(3)]
            found.append({"severity": "error", "message": "two\\nlines \\u202ecba", "location": at})
            print(json.dumps({"document": d, "findings": found}))

            """
        try folder.write(["Manuscript/edition.yaml": "pipeline:\n  - command: tools/stage.py\n" + Self.edition,
                          "Manuscript/s/a.yaml": "id: a\ntitle: 概要\nblocks:\n  - paragraph: 本文\n",
                          "Manuscript/tools/stage.py": script])
        chmod(folder.url.appendingPathComponent("Manuscript/tools/stage.py").path, 0o755)

        let result = try AssembleCommand.run(["check", "Manuscript"], in: folder.url)

        let lines = result.standardError.split(separator: "\n")
        #expect(lines.filter { $0.contains(": warning: sentence ") }.count == 20, "\(result.standardError)")
        #expect(lines.filter { $0.contains(": warning: term ") }.count == 3)
        let summary = try #require(lines.firstIndex(of: "… and 9,980 more like this [stage.py]"), "\(result.standardError)")
        #expect(lines[summary - 1] == "Manuscript/s/a.yaml:1:1: warning: sentence 19 has 1019 characters; the limit is 1,000 [stage.py]")
        #expect(lines.contains("note: --format json lists every finding"))
        #expect(lines.contains("Manuscript/s/a.yaml:1:1: error: two<U+000A>lines <U+202E>cba [stage.py]"), "\(result.standardError)")
        #expect(lines.last == "1 error, 10003 warnings")

        let json = try AssembleCommand.run(["check", "Manuscript", "--format", "json"], in: folder.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect((report["findings"] as? [Any])?.count == 10_004)
        let repeated = try #require(report["repeated"] as? [[String: Any]])
        #expect(repeated.count == 1)
        #expect(repeated.first?["pattern"] as? String == "sentence … has … characters; the limit is …")
        #expect(repeated.first?["count"] as? Int == 10_000)
        #expect(repeated.first?["stage"] as? String == "stage.py")
    }

    /// The stage answers, leaves a child holding its stdout and exits: the answer counts and the child
    /// is ended with the stage, instead of holding the build until the child ends.
    @Test func aBackgroundChildNeitherBlocksNorOutlivesTheBuild() throws {
        let folder = try TemporaryFolder()
        let marker = "1003.\(Int.random(in: 100_000...999_999))"
        try folder.write(["Manuscript/edition.yaml": "pipeline:\n  - command: tools/stage.sh\n    timeout: 2\n" + Self.edition,
                          "Manuscript/s/a.yaml": "id: a\ntitle: 概要\nblocks:\n  - paragraph: 本文\n",
                          "Manuscript/tools/stage.sh": "#!/bin/sh\nsleep \(marker) &\nexec /usr/bin/python3 -c 'import json,sys; print(json.dumps({\"document\": json.load(sys.stdin)[\"document\"]}))'\n"])
        chmod(folder.url.appendingPathComponent("Manuscript/tools/stage.sh").path, 0o755)

        let started = Date()
        let result = try AssembleCommand.run(["build", "Manuscript"], in: folder.url)

        #expect(result.status == 0, "\(result.standardError)")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(!Self.processes().contains { $0.contains("sleep \(marker)") })
    }

    /// A stage that never closes its output is stopped at its timeout, children and all.
    @Test func aStageHeldOpenByItsChildTimesOut() throws {
        let folder = try TemporaryFolder()
        let marker = "1004.\(Int.random(in: 100_000...999_999))"
        try folder.write(["Manuscript/edition.yaml": "pipeline:\n  - command: tools/stage.sh\n    timeout: 2\n" + Self.edition,
                          "Manuscript/s/a.yaml": "id: a\ntitle: 概要\nblocks:\n  - paragraph: 本文\n",
                          "Manuscript/tools/stage.sh": "#!/bin/sh\nsleep \(marker) &\nwait\n"])
        chmod(folder.url.appendingPathComponent("Manuscript/tools/stage.sh").path, 0o755)

        let started = Date()
        let result = try AssembleCommand.run(["build", "Manuscript"], in: folder.url)

        #expect(result.status == 1)
        #expect(result.standardError.contains("external stage 'stage.sh' did not finish within 2 s and was stopped"), "\(result.standardError)")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(!Self.processes().contains { $0.contains("sleep \(marker)") })
    }

    /// SIGINT (Ctrl-C), SIGTERM or SIGHUP to `assemble` ends the stage it is running with its
    /// background child, and leaves no staging folder.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func anInterruptedBuildEndsItsStage(signal: Int32) throws {
        let folder = try TemporaryFolder()
        let marker = "1005.\(Int.random(in: 100_000...999_999))"
        // Ctrl-C reaches only assemble's group: the stage runs in a group of its own, with a background child.
        try folder.write(["Manuscript/edition.yaml": "pipeline:\n  - command: tools/stage.sh\n    timeout: 600\n" + Self.edition,
                          "Manuscript/s/a.yaml": "id: a\ntitle: 概要\nblocks:\n  - paragraph: 本文\n",
                          "Manuscript/tools/stage.sh": "#!/bin/sh\nsleep \(marker)1 &\nsleep \(marker)\n"])
        chmod(folder.url.appendingPathComponent("Manuscript/tools/stage.sh").path, 0o755)

        let process = Process()
        process.executableURL = AssembleCommand.executable
        process.arguments = ["build", "Manuscript"]
        process.currentDirectoryURL = folder.url
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while !Self.processes().contains(where: { $0.contains("sleep \(marker)") }) && Date() < deadline { usleep(50_000) }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        usleep(200_000)

        let died = process.terminationReason == .uncaughtSignal && process.terminationStatus == signal
        #expect(died || process.terminationStatus == 128 + signal, "\(process.terminationReason) \(process.terminationStatus)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains("staging") } == [])
        #expect(!Self.processes().contains { $0.contains("sleep \(marker)") })
    }

    static func processes() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { Int($0) != nil }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            return String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
        }
    }
}
