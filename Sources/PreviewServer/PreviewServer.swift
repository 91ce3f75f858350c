import Foundation
import ManuscriptCore

/// The local HTTP server of `assemble preview`: the last good site, the findings of the latest
/// build, and the event stream that reloads open pages. It serves nothing but the site's files and
/// its own few `/_preview/` resources.
public final class PreviewServer: @unchecked Sendable {
    public let host: String
    public let port: UInt16
    private let channel = ReloadChannel()
    private let lock = NSLock()
    private var latest: PreviewBuild?
    private var pages: PreviewBuild?

    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Makes `build` the latest: a good one replaces the pages served, a failed one keeps them.
    /// Open pages are told either way.
    public func publish(_ build: PreviewBuild) {
        lock.withLock {
            latest = build
            if build.succeeded { pages = build }
        }
        channel.publish("build", data: stateJSON())
    }

    public var listenerCount: Int { channel.listenerCount }

    /// Listens until the process ends; throws ``ListenError`` when the address cannot be had.
    /// `listening` gets the address bound (the port chosen when `port` is 0).
    public func run(listening: @escaping @Sendable (String) -> Void) async throws {
        let listener = try HTTPListener(host: host, port: port)
        listening(listener.address)
        // Connections are answered on threads of their own: the handler reads files and waits on
        // event streams, work for threads rather than for the concurrency pool.
        let accepting = Thread { [self] in listener.serve { self.handle($0) } }
        accepting.start()
        // Comment lines keep proxies from closing idle streams and drop closed pages' streams.
        while true {
            try await Task.sleep(nanoseconds: 10_000_000_000)
            channel.heartbeat()
        }
    }

    public struct ListenError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    // MARK: Requests

    func handle(_ request: HTTPRequest?) -> HTTPResponse {
        guard let request else { return Self.text(400, "bad request\n") }
        guard request.method == "GET" else {
            return Self.text(405, "method not allowed\n", headers: [("Allow", "GET")])
        }
        let path: SitePath
        do {
            path = try SitePath(requestTarget: request.target)
        } catch .notAPath {
            return Self.text(400, "bad request\n")
        } catch {
            return Self.text(403, "forbidden\n")
        }
        if path.segments.first == "_preview" { return own(path.relativePath) }
        let (latest, pages) = lock.withLock { (self.latest, self.pages) }
        guard let pages, let site = pages.site else {
            // Nothing built yet (the first build failed): the findings, never a blank page.
            guard path.isPage, let latest else { return Self.text(404, "not found\n") }
            return Self.page(200, FailurePage.html(for: latest))
        }
        guard let file = site.file(at: path), let data = try? Data(contentsOf: file) else {
            if path.segments == ["index.html"], let home = pages.home { return Self.redirect(to: "/" + home) }
            // A folder named without its slash: its index, where relative links resolve.
            if let index = try? SitePath(requestTarget: "/" + path.relativePath + "/"), site.file(at: index) != nil {
                return Self.redirect(to: "/" + path.relativePath + "/")
            }
            return Self.text(404, "not found\n")
        }
        return HTTPResponse(status: 200, headers: [("Content-Type", MediaType.of(file.lastPathComponent)), ("Cache-Control", "no-store")], body: .bytes(data))
    }

    private func own(_ path: String) -> HTTPResponse {
        switch path {
        case "_preview/events": return channel.response()
        case "_preview/state": return HTTPResponse(status: 200, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")],
                                                   body: .bytes(Data(stateJSON().utf8)))
        case "_preview/preview.js": return Self.text(200, PreviewAssets.script, type: "text/javascript; charset=utf-8")
        case "_preview/preview.css": return Self.text(200, PreviewAssets.styleSheet, type: "text/css; charset=utf-8")
        default: return Self.text(404, "not found\n")
        }
    }

    /// What an open page needs to catch up: the build whose pages are served, and the latest
    /// build's findings panel and marks.
    private func stateJSON() -> String {
        let (latest, pages) = lock.withLock { (self.latest, self.pages) }
        let state = PreviewStateMessage(
            generation: latest?.generation ?? 0, pages: pages?.generation, succeeded: latest?.succeeded ?? false,
            panel: latest.map { FindingsPanel.html(for: $0, showingPagesOf: pages?.generation) } ?? "",
            marks: latest?.marks.byElement ?? [:])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(state)) ?? Data("{}".utf8), as: UTF8.self)
    }

    private static func text(_ status: Int, _ text: String, type: String = "text/plain; charset=utf-8",
                             headers: [(String, String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", type), ("Cache-Control", "no-store")] + headers, body: .bytes(Data(text.utf8)))
    }

    private static func redirect(to path: String) -> HTTPResponse {
        text(302, "see \(path)\n", headers: [("Location", path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)])
    }

    private static func page(_ status: Int, _ html: String) -> HTTPResponse {
        text(status, html, type: "text/html; charset=utf-8")
    }
}
