import Foundation

/// A request as the preview reads it: the method and the raw request target, before any
/// normalisation (``SitePath`` judges the target as sent).
struct HTTPRequest {
    let method: String
    let target: String

    /// Reads a request head (`GET /a HTTP/1.1` and header lines): nil when it is not one.
    init?(head: [UInt8]) {
        guard let line = head.split(separator: UInt8(ascii: "\r"), maxSplits: 1, omittingEmptySubsequences: false).first,
              case let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false), parts.count == 3,
              parts[2].starts(with: Array("HTTP/1.".utf8)), !parts[0].isEmpty, !parts[1].isEmpty,
              let method = String(bytes: parts[0], encoding: .utf8), let target = String(bytes: parts[1], encoding: .utf8)
        else { return nil }
        self.method = method
        // An absolute-form target (`http://host/path`) names its path after the authority, which
        // ends at the first `/`, `?` or `#`; anything else is left for SitePath to refuse.
        let lowered = target.lowercased()
        if let scheme = ["http://", "https://"].first(where: lowered.hasPrefix) {
            let authorityAndRest = target.dropFirst(scheme.count)
            let end = authorityAndRest.firstIndex { "/?#".contains($0) } ?? authorityAndRest.endIndex
            let rest = authorityAndRest[end...]
            self.target = rest.hasPrefix("/") ? String(rest) : "/" + rest
        } else {
            self.target = target
        }
    }
}

/// A response: a status, headers and either bytes or an endless stream of events.
struct HTTPResponse {
    enum Body {
        case bytes(Data)
        case events(EventQueue)
    }

    let status: Int
    var headers: [(String, String)]
    let body: Body

    static let reasons = [200: "OK", 302: "Found", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
                          431: "Request Header Fields Too Large", 503: "Service Unavailable"]

    /// The status line and headers. The connection closes after every response: the preview serves
    /// one browser on this machine, and an event stream ends only when its page goes.
    var head: [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "Status")\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if case .bytes(let data) = body { text += "Content-Length: \(data.count)\r\n" }
        text += "Connection: close\r\n\r\n"
        return Array(text.utf8)
    }
}
