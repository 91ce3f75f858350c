/// Element ids: ASCII lowercase letters, digits and hyphens, starting with a letter or digit.
///
/// They become XML ids and EPUB file names, so they stay ASCII (epubcheck flags non-ASCII names).
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64 else { return false }
        func allowed(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("0"..."9").contains(s) }
        return allowed(first) && id.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" }
    }

    /// The id a node gives, refused (at the node) when it is not a valid id.
    static func read(_ node: YAMLNode) throws -> String {
        let id = try node.string("id")
        guard isValid(id) else {
            throw AssemblyError("id '\(id)' must be 1–64 characters of a-z, 0-9 and '-', starting with a letter or digit", at: node.location)
        }
        return id
    }
}
