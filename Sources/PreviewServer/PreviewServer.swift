import FlyingFox
import FlyingSocks
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
    private var server: HTTPServer?

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
        let address: any SocketAddress
        do {
            address = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw ListenError(message: "cannot listen on \(host): not an IPv4 or IPv6 address")
        }
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: ClosureHTTPHandler { [self] in try await handle($0) })
        lock.withLock { self.server = server }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await server.run()
                } catch let SocketError.failed(_, number, message) {
                    let place = self.host.contains(":") ? "[\(self.host)]:\(self.port)" : "\(self.host):\(self.port)"
                    let advice = number == EADDRINUSE ? "; choose another port with --port" : ""
                    throw ListenError(message: "cannot listen on \(place): \(message.lowercased())\(advice)")
                }
            }
            group.addTask {
                try await server.waitUntilListening(timeout: 30)
                if let bound = await server.listeningAddress {
                    switch bound {
                    case let .ip4(address, port): listening("\(address):\(port)")
                    case let .ip6(address, port): listening("[\(address)]:\(port)")
                    case let .unix(path): listening(path)
                    }
                }
                // Comment lines keep proxies from closing idle streams and drop closed pages' streams.
                while true {
                    try await Task.sleep(nanoseconds: 10_000_000_000)
                    self.channel.heartbeat()
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    public struct ListenError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    // MARK: Requests

    func handle(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET else {
            return Self.text(.methodNotAllowed, "method not allowed\n", headers: [HTTPHeader("Allow"): "GET"])
        }
        let path: SitePath
        do {
            path = try SitePath(requestTarget: request.target.path(percentEncoded: true))
        } catch .notAPath {
            return Self.text(.badRequest, "bad request\n")
        } catch {
            return Self.text(.forbidden, "forbidden\n")
        }
        if path.segments.first == "_preview" { return own(path.relativePath) }
        let (latest, pages) = lock.withLock { (self.latest, self.pages) }
        guard let pages, let site = pages.site else {
            // Nothing built yet (the first build failed): the findings, never a blank page.
            guard path.isPage, let latest else { return Self.text(.notFound, "not found\n") }
            return Self.page(.ok, FailurePage.html(for: latest))
        }
        guard let file = site.file(at: path), let data = try? Data(contentsOf: file) else {
            if path.segments == ["index.html"], let home = pages.home { return Self.redirect(to: "/" + home) }
            // A folder named without its slash: its index, where relative links resolve.
            if let index = try? SitePath(requestTarget: "/" + path.relativePath + "/"), site.file(at: index) != nil {
                return Self.redirect(to: "/" + path.relativePath + "/")
            }
            return Self.text(.notFound, "not found\n")
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: MediaType.of(file.lastPathComponent), HTTPHeader("Cache-Control"): "no-store"],
                            body: data)
    }

    private func own(_ path: String) -> HTTPResponse {
        switch path {
        case "_preview/events": return channel.response()
        case "_preview/state": return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", HTTPHeader("Cache-Control"): "no-store"],
                                                   body: Data(stateJSON().utf8))
        case "_preview/preview.js": return Self.text(.ok, PreviewAssets.script, type: "text/javascript; charset=utf-8")
        case "_preview/preview.css": return Self.text(.ok, PreviewAssets.styleSheet, type: "text/css; charset=utf-8")
        default: return Self.text(.notFound, "not found\n")
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

    private static func text(_ status: HTTPStatusCode, _ text: String, type: String = "text/plain; charset=utf-8",
                             headers: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var all = HTTPHeaders(headers)
        all[.contentType] = type
        all[HTTPHeader("Cache-Control")] = "no-store"
        return HTTPResponse(statusCode: status, headers: all, body: Data(text.utf8))
    }

    private static func redirect(to path: String) -> HTTPResponse {
        text(.found, "see \(path)\n", headers: [.location: path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path])
    }

    private static func page(_ status: HTTPStatusCode, _ html: String) -> HTTPResponse {
        text(status, html, type: "text/html; charset=utf-8")
    }
}
