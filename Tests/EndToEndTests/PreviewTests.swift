import AssemblyTestSupport
import Foundation
import Testing

/// `assemble preview` as an editor uses it: a browser on a chapter while the section files change,
/// requests that try to leave the site, signals and a port already taken.
@Suite(.serialized)
struct PreviewTests {
    let folder: TemporaryFolder
    let work: URL

    init() throws {
        folder = try TemporaryFolder()
        work = folder.url
        try FileManager.default.copyItem(at: AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript"), to: work.appendingPathComponent("Manuscript"))
    }

    func start(_ arguments: [String] = []) throws -> PreviewProcess {
        let preview = try PreviewProcess(["Manuscript", "--port", "0"] + arguments, in: work)
        #expect(preview.isListening, "no address printed: \(preview.standardOutput) \(preview.standardError)")
        return preview
    }

    /// The private folder the preview builds in, named in no output: found by its process id.
    func privateFolders(of preview: PreviewProcess) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
        return names.filter { $0.hasPrefix("assemble-preview-\(preview.process.processIdentifier)-") }
    }

    @Test func servesTheDraftOnTheLoopbackAddressOnly() throws {
        let preview = try start()
        #expect(preview.address.hasPrefix("127.0.0.1:"))
        let root = try RawHTTP.get("/", port: preview.port)
        #expect(root.status == 302 && root.headers.contains("Location: /iwaki-chiiki-kyosei-vision-html/index.html"), "\(root.headers)")
        let index = try RawHTTP.get("/iwaki-chiiki-kyosei-vision-html/index.html", port: preview.port)
        #expect(index.status == 200)
        #expect(index.body.contains("（案）"), "the draft's title mark")
        #expect(index.body.contains("/_preview/preview.js"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("Output").path), "nothing is written to Output/")
        #expect(privateFolders(of: preview).count == 1)
    }

    static let traversals = [
        "/../../../../etc/passwd", "/iwaki-chiiki-kyosei-vision-html/../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/..%2f..%2f..%2fetc%2fpasswd", "/%252e%252e/%252e%252e/etc/passwd", "/%25252e%25252e/etc/passwd",
        "/..\\..\\..\\etc\\passwd", "/%5c..%5c..%5cetc%5cpasswd", "//etc/passwd", "/./../etc/passwd", "/index.html%00",
        "/.%2e/.%2e/etc/passwd", "/%c0%ae%c0%ae/etc/passwd", "http://127.0.0.1/../../etc/passwd", "/etc/passwd", "/tmp",
        "/escape/passwd", "/escape.html", "/iwaki-chiiki-kyosei-vision-html/escape/passwd",
    ]

    @Test func traversalIsRefused() throws {
        let preview = try start()
        // Links the site should never hold, planted to prove that links out of it are not followed.
        for name in privateFolders(of: preview) {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent(name)
            for site in try FileManager.default.contentsOfDirectory(atPath: root.path) {
                for (link, target) in [("escape", "/etc"), ("escape.html", "/etc/passwd"), ("iwaki-chiiki-kyosei-vision-html/escape", "/etc")] {
                    try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("\(site)/\(link)").path, withDestinationPath: target)
                }
            }
        }
        for target in Self.traversals {
            let response = try RawHTTP.get(target, port: preview.port)
            #expect([400, 403, 404].contains(response.status), "\(target): \(response.status)")
            #expect(!response.body.contains("root:"), "\(target) leaked a file")
        }
        #expect(try RawHTTP.get("/iwaki-chiiki-kyosei-vision-html/style.css", port: preview.port).status == 200, "the site's own files are served")
        #expect(try RawHTTP.get("/iwaki-chiiki-kyosei-vision-html", port: preview.port).status == 302, "a folder leads to its slash")
    }

    @Test func aBrowserSeesEverySaveAndTheFindings() throws {
        guard ExternalTool.python.isInstalled, FileManager.default.fileExists(atPath: "/usr/bin/chromedriver") else {
            if ExternalTool.isCI { Issue.record("chromium-driver and python3-selenium are missing in CI") } else { print("note: skipped, no chromedriver") }
            return
        }
        // The YAML error the browser step makes, as `check` reports it.
        let broken = work.appendingPathComponent("Broken")
        try FileManager.default.copyItem(at: work.appendingPathComponent("Manuscript"), to: broken)
        let section = broken.appendingPathComponent("sections/01-overview.yaml")
        try String(contentsOf: section, encoding: .utf8).replacingOccurrences(of: "  - note: 名称の扱いは", with: "\t- note: 名称の扱いは")
            .write(to: section, atomically: true, encoding: .utf8)
        let check = try AssembleCommand.run(["check", "Broken"], in: work)
        let expected = try #require(check.standardError.components(separatedBy: "\n").first { $0.contains(": error: ") })
        #expect(expected.hasPrefix("Broken/sections/01-overview.yaml:17:1: error: "), "\(expected)")
        let expectedInPreview = expected.replacingOccurrences(of: "Broken/", with: "Manuscript/")

        let preview = try start()
        let script = folder.url.appendingPathComponent("preview_browser.py")
        try PreviewBrowserScript.source.write(to: script, atomically: true, encoding: .utf8)
        // PREVIEW_SCREENSHOT=path saves the page with the error panel (the README's picture).
        let screenshot = ProcessInfo.processInfo.environment["PREVIEW_SCREENSHOT"].map { [$0] } ?? []
        let run = try ExternalTool(path: "/usr/bin/timeout").run(["-k", "5", "240", ExternalTool.python.path, script.path, preview.baseURL,
                                                                  work.appendingPathComponent("Manuscript").path, expectedInPreview] + screenshot)
        let json = run.output.components(separatedBy: "\n").last { $0.hasPrefix("{") } ?? ""
        let report = try #require(try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(run.output.suffix(4000))")
        #expect(report["failed"] is NSNull, "browser step failed: \(report["failed"] ?? "") \(report["detail"] ?? "")\n\(preview.standardError.suffix(3000))")
        let seen = report["seen"] as? [String: Any] ?? [:]
        #expect(seen["updated_in_place"] as? Bool == true, "the page changed without being reloaded")
        #expect((seen["draft"] as? [String: Bool]) == ["note": true, "mark": true], "editor notes and （案） are shown")
        #expect(seen["last_good_page_kept"] as? Bool == true)
        let latencies = (seen["latencies_ms"] as? [Double] ?? []).sorted()
        #expect(latencies.count == 6)
        print("preview save → text in the browser, ms: \(latencies.map { Int($0) })")
        #expect(preview.process.isRunning, "the server survived every save")
        #expect(preview.stop(signal: SIGTERM))
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func stopsOnSignalAndRemovesItsFolder(signal: Int32) throws {
        let preview = try start()
        // An open event stream must not keep it alive.
        let stream = Thread { _ = try? RawHTTP.get("/_preview/events", port: preview.port, timeout: 30) }
        stream.start()
        usleep(200_000)
        #expect(privateFolders(of: preview).count == 1)
        #expect(preview.stop(signal: signal, within: 10), "preview ignored signal \(signal)")
        #expect(preview.process.terminationReason == .uncaughtSignal && preview.process.terminationStatus == signal)
        #expect(privateFolders(of: preview).isEmpty, "the private folder is removed")
    }

    @Test func aKilledPreviewsFolderIsRemovedByTheNext() throws {
        let killed = try start()
        #expect(killed.stop(signal: SIGKILL))
        #expect(privateFolders(of: killed).count == 1, "SIGKILL leaves the folder")
        let next = try start()
        #expect(privateFolders(of: killed).isEmpty)
        #expect(privateFolders(of: next).count == 1)
    }

    @Test func aTakenPortIsOneClearLine() throws {
        let first = try start()
        let second = try PreviewProcess(["Manuscript", "--port", String(first.port)], in: work, startupDeadline: 60)
        #expect(second.waitForExit(within: 60) == 1)
        let lines = second.standardError.components(separatedBy: "\n").filter { $0.hasPrefix("error: ") }
        #expect(lines == ["error: cannot listen on 127.0.0.1:\(first.port): address already in use; choose another port with --port"])
        #expect(privateFolders(of: second).isEmpty)
    }
}
