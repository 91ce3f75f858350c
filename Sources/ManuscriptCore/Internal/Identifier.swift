/// Element ids: ASCII lowercase letters, digits and hyphens, starting with a letter or digit.
///
/// They become XML ids and EPUB file names, so they stay ASCII (epubcheck flags non-ASCII names).
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64 else { return false }
        func allowed(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("0"..."9").contains(s) }
        return allowed(first) && id.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" }
    }
}
