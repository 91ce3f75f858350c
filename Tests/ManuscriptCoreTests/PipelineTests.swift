import AssemblyTestSupport
import BuiltInStages
import Foundation
import ManuscriptCore
import Testing

struct PipelineTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// Loads a one-section manuscript whose pipeline is `pipeline`, with `files` beside it.
    func run(pipeline: String, files: [String: String] = [:]) throws -> Result<(Document, FindingList), AssemblyError> {
        var all = files
        all["edition.yaml"] = ManuscriptFixture.edition(vision: ["a.yaml"], pipeline: pipeline)
        all["a.yaml"] = "id: a\ntitle: 概要\nblocks:\n  - paragraph: 本文\n"
        let manuscript = try #require(try ManuscriptFixture.load(all, in: folder).manuscript)
        do {
            let result = try Pipeline(registry: builtInStages).run(manuscript)
            return .success((result.document, result.findings))
        } catch let error as AssemblyError {
            return .failure(error)
        }
    }

    func script(_ name: String, _ body: String) throws -> [String: String] {
        try folder.write(["tools/\(name)": "#!/bin/sh\n" + body])
        chmod(folder.url.appendingPathComponent("tools/\(name)").path, 0o755)
        return [:]
    }

    @Test func unknownStageIsLocated() throws {
        guard case .failure(let error) = try run(pipeline: "pipeline:\n  - stage: glosary\n") else { Issue.record("ran"); return }
        #expect(error.description == "edition.yaml:2:12: error: unknown stage 'glosary'; built-in stages are: appendix-bundling, role-tables, related-plans, charts, numbering, summary, glossary-linking, cross-references, character-limits, release-checks [glosary]")
    }

    @Test func unknownOptionIsLocated() throws {
        guard case .failure(let error) = try run(pipeline: "pipeline:\n  - stage: numbering\n    options: {colour: red}\n") else {
            Issue.record("ran"); return
        }
        #expect(error.description == "edition.yaml:3:15: error: unknown option 'colour' for stage 'numbering'; its options are: section-formats, table-format, figure-format [numbering]")
    }

    @Test func misspeltStagesAndOptionsSuggestTheIntendedOne() throws {
        guard case .failure(let stage) = try run(pipeline: "pipeline:\n  - stage: numberng\n") else { Issue.record("ran"); return }
        #expect(stage.description == "edition.yaml:2:12: error: unknown stage 'numberng'; did you mean 'numbering'? [numberng]")
        guard case .failure(let option) = try run(pipeline: "pipeline:\n  - stage: glossary-linking\n    options: {scpoe: all}\n") else {
            Issue.record("ran"); return
        }
        #expect(option.description == "edition.yaml:3:15: error: unknown option 'scpoe' for stage 'glossary-linking'; did you mean 'scope'? [glossary-linking]")
        guard case .failure(let none) = try run(pipeline: "pipeline:\n  - stage: cross-references\n    options: {strict: true}\n") else {
            Issue.record("ran"); return
        }
        #expect(none.description == "edition.yaml:3:15: error: unknown option 'strict' for stage 'cross-references'; its options are: heading-format [cross-references]")
    }

    @Test func externalStageChangesTheDocumentAndReportsFindings() throws {
        // A filter in Python: uppercases every section title and reports one warning.
        try folder.write(["tools/shout.py": """
            #!/usr/bin/env python3
            import json, sys
            request = json.load(sys.stdin)
            assert request["protocol"] == 1 and request["options"] == {"level": 2, "loud": True}
            doc = request["document"]
            for volume in doc["volumes"]:
                for section in volume["sections"]:
                    section["title"] += "!"
            loc = doc["volumes"][0]["sections"][0]["location"]
            json.dump({"document": doc, "findings": [{"severity": "warning", "message": "too quiet", "location": loc}]}, sys.stdout)
            """])
        chmod(folder.url.appendingPathComponent("tools/shout.py").path, 0o755)
        let result = try run(pipeline: "pipeline:\n  - command: tools/shout.py\n    name: shout\n    options: {level: 2, loud: true}\n")
        guard case .success(let (document, findings)) = result else { Issue.record("\(result)"); return }
        #expect(document.volumes[0].sections[0].title == "概要!")
        #expect(findings.all.map(\.description) == ["a.yaml:1:1: warning: too quiet [shout]"])
    }

    @Test func anExternalFindingWithoutAPathGoesToTheStagesEntry() throws {
        try folder.write(["tools/vague.py": """
            #!/usr/bin/env python3
            import json, sys
            doc = json.load(sys.stdin)["document"]
            json.dump({"document": doc, "findings": [{"severity": "warning", "message": "somewhere", "location": {"path": "", "line": 1, "column": 1}}]}, sys.stdout)
            """])
        chmod(folder.url.appendingPathComponent("tools/vague.py").path, 0o755)
        let result = try run(pipeline: "pipeline:\n  - stage: numbering\n  - command: tools/vague.py\n")
        guard case .success(let (_, findings)) = result else { Issue.record("\(result)"); return }
        #expect(findings.all.map(\.description) == ["edition.yaml:3:14: warning: somewhere [vague.py]"])
    }

    @Test func failingExternalStageStopsTheRunWithItsMessage() throws {
        _ = try script("fail.sh", "echo 'cannot read glossary.csv' >&2\nexit 3\n")
        guard case .failure(let error) = try run(pipeline: "pipeline:\n  - command: tools/fail.sh\n") else { Issue.record("ran"); return }
        #expect(error.description == "edition.yaml:2:14: error: external stage 'fail.sh' failed with exit status 3: cannot read glossary.csv [fail.sh]")
    }

    @Test func malformedExternalOutputIsReported() throws {
        _ = try script("junk.sh", "cat > /dev/null\necho '{\"document\": 42}'\n")
        guard case .failure(let error) = try run(pipeline: "pipeline:\n  - command: tools/junk.sh\n") else { Issue.record("ran"); return }
        #expect(error.message.hasPrefix("external stage 'junk.sh' printed malformed JSON"))
        #expect(error.location?.description == "edition.yaml:2:14")
    }

    @Test func hangingExternalStageIsStopped() throws {
        _ = try script("hang.sh", "sleep 30\n")
        let started = Date()
        guard case .failure(let error) = try run(pipeline: "pipeline:\n  - command: tools/hang.sh\n    timeout: 1\n") else { Issue.record("ran"); return }
        #expect(error.message == "external stage 'hang.sh' did not finish within 1 s and was stopped")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func externalStageMustBeInsideTheManuscriptOrOnPath() throws {
        guard case .failure(let error) = try run(pipeline: "pipeline:\n  - command: ../evil.sh\n") else { Issue.record("ran"); return }
        #expect(error.message.contains("must not use '..'"))
        guard case .failure(let missing) = try run(pipeline: "pipeline:\n  - command: no-such-stage-anywhere\n") else { Issue.record("ran"); return }
        #expect(missing.message == "external stage command 'no-such-stage-anywhere' was not found on PATH")
    }
}
