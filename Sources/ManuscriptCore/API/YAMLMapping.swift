/// A YAML mapping read by key, which reports unknown and missing keys at their places.
public struct YAMLMapping: Sendable {
    public let pairs: [YAMLNode.Pair]
    public let location: SourceLocation
    /// What the mapping is, for messages ("section", "table").
    public let what: String

    public var keys: [String] { pairs.compactMap { try? $0.key.string("key") } }

    public subscript(key: String) -> YAMLNode? {
        pairs.first { (try? $0.key.string("key")) == key }?.value
    }

    public func required(_ key: String) throws -> YAMLNode {
        guard let node = self[key] else {
            throw AssemblyError("\(what) is missing '\(key)'", at: location)
        }
        return node
    }

    /// Throws at the first key not in `allowed`: the allowed key it is likely a typo of, else all of them.
    public func rejectUnknownKeys(allowed: [String]) throws {
        for pair in pairs {
            let key = try pair.key.string("a key of \(what)")
            if !allowed.contains(key) {
                throw AssemblyError("unknown key '\(key)' in \(what)" + Suggestion.hint(for: key, among: allowed, otherwise: "expected one of"),
                                    at: pair.key.location)
            }
        }
    }
}
