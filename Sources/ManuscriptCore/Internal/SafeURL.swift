import Foundation

/// Link and base URLs as the outputs may carry them: https, http or mailto, parsed strictly.
enum SafeURL {
    /// Why `url` is refused, or nil when it is fine.
    static func problem(with url: String) -> String? {
        let schemes = ["https://", "http://", "mailto:"]
        guard schemes.contains(where: url.lowercased().hasPrefix) else {
            return "must be a URL starting with https://, http:// or mailto:"
        }
        // Spaces, quotes, angle brackets and backslashes end an attribute or a URL early in some
        // reader; controls and bidirectional overrides disguise where a link leads.
        if let bad = url.unicodeScalars.first(where: { scalar in
            scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                || scalar.properties.isWhitespace || "\"'<>\\`{}|^".unicodeScalars.contains(scalar)
                || SourceText.isForbidden(scalar)
        }) {
            return "must not contain \(MessageText.describe(bad))"
        }
        guard let components = URLComponents(string: url) else { return "is not a well-formed URL" }
        if url.lowercased().hasPrefix("mailto:") {
            return (components.path.isEmpty || !components.path.contains("@")) ? "must name an address after mailto:" : nil
        }
        guard let host = components.host, !host.isEmpty else { return "must name a host" }
        if components.user != nil || components.password != nil { return "must not carry a user name or password before the host" }
        return nil
    }
}
