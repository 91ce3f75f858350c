import Foundation

/// A request's path as a file of the built site, or why it is refused.
///
/// Read from the raw request target, before any normalisation, so `/a/../../b` cannot become a path
/// above the site: a dot segment, an encoded slash or backslash, a percent sign left after decoding
/// (double encoding), a control character or a hidden name is refused rather than repaired.
public struct SitePath: Hashable, Sendable {
    /// The path's segments below the site's folder, never empty, none `.`, `..` or hidden.
    public let segments: [String]

    public enum Refusal: Error, Equatable, Sendable {
        /// Not an origin-form path (`/…`): an absolute URL, `*`, or empty.
        case notAPath
        /// A path that tries to leave the site or hide what it names.
        case forbidden
    }

    public init(requestTarget target: String) throws(Refusal) {
        let raw = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard raw.hasPrefix("/") else { throw .notAPath }
        let lowered = raw.lowercased()
        // An encoded slash, backslash or NUL would become a separator or truncation only after decoding.
        guard !raw.contains("\\"), !["%2f", "%5c", "%00"].contains(where: lowered.contains) else { throw .forbidden }
        guard let decoded = raw.removingPercentEncoding, !decoded.contains("%"), !decoded.contains("\\") else { throw .forbidden }
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { throw .forbidden }
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        if segments.last == "" { segments[segments.count - 1] = "index.html" }
        // Empty segments (`//etc`), dot segments and hidden names (`.git`, `..`) are never part of a built site.
        guard !segments.contains(where: { $0.isEmpty || $0.hasPrefix(".") }) else { throw .forbidden }
        self.segments = segments
    }

    /// The path within the site, `chapter/index.html`.
    public var relativePath: String { segments.joined(separator: "/") }

    public var isPage: Bool { segments.last.map { $0.hasSuffix(".html") } ?? false }
}
