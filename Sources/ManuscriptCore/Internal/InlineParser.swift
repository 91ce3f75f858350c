/// Parses the inline markup of running text: `**strong**`, `[text](url)`, `[[id]]`, `[[id|label]]`,
/// `{{glossary term}}`, `\` escapes, and `\` at a line end for a hard line break.
///
/// `**` simply opens and closes: CommonMark's flanking rules treat 「 and 。 as punctuation and would
/// leave `**「超える」**ことで` unemphasised, which is wrong for Japanese.
/// Line breaks in the source are joined without a space, as Japanese is written, unless both
/// neighbours are Latin letters or digits.
struct InlineParser {
    private let node: YAMLNode
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var limit: Int

    private init(node: YAMLNode, text: String) {
        self.node = node
        scalars = Array(text.unicodeScalars)
        limit = scalars.count
    }

    /// Parses a scalar node's text; `what` names it in messages.
    static func parse(_ node: YAMLNode, what: String) throws -> [Inline] {
        var text = try node.string(what)
        while text.hasSuffix("\n") { text.removeLast() }
        // Text in which no markup can start, as most is, is one run from its first character: the
        // bytes are checked, since every marker is ASCII.
        if !text.isEmpty && !text.utf8.contains(where: Self.mayStartMarkup) {
            return [.anchor(node.location(ofScalarOffset: 0)), .text(text)]
        }
        var parser = InlineParser(node: node, text: text)
        return try parser.parseRun(closing: nil, openedAt: 0)
    }

    private mutating func parseRun(closing: String?, openedAt opening: Int) throws -> [Inline] {
        var result: [Inline] = []
        /// The UTF-8 of the text run being gathered.
        var text: [UInt8] = []
        var needsAnchor = true
        func flush() {
            if !text.isEmpty { result.append(.text(String(decoding: text, as: UTF8.self))); text.removeAll(keepingCapacity: true) }
        }
        /// Adds visible text from source offset `offset`, marking where it starts when it does not
        /// follow the previous visible character in the source.
        func append(_ scalar: Unicode.Scalar, from offset: Int) {
            if needsAnchor {
                flush()
                result.append(.anchor(node.location(ofScalarOffset: offset)))
                needsAnchor = false
            }
            UTF8.encode(scalar) { text.append($0) }
        }
        while position < limit {
            // Plain text, most of any paragraph, starts no marker: taken without trying each one.
            if !Self.mayStartMarkup(scalars[position]) {
                append(scalars[position], from: position)
                position += 1
                continue
            }
            if let closing, matches(closing, at: position) {
                position += closing.unicodeScalars.count
                flush()
                return result
            }
            let c = scalars[position]
            if c == "\\" && position + 1 < limit {
                let next = scalars[position + 1]
                position += 2
                if next == "\n" { flush(); result.append(.lineBreak) } else { needsAnchor = true; append(next, from: position - 1) }
                needsAnchor = true
            } else if matches("**", at: position) {
                let start = position
                position += 2
                flush()
                result.append(.strong(try parseRun(closing: "**", openedAt: start)))
                needsAnchor = true
            } else if matches("[[", at: position) {
                flush()
                result.append(.reference(try parseReference()))
                needsAnchor = true
            } else if matches("{{", at: position) {
                flush()
                result.append(.term(try parseTerm()))
                needsAnchor = true
            } else if c == "[", let link = try parseLink() {
                flush()
                result.append(link)
                needsAnchor = true
            } else if c == "\n" {
                position += 1
                // A last byte that is not ASCII ends a scalar that is not Latin.
                if let before = text.last, before < 0x80, position < limit, Self.isLatin(Unicode.Scalar(before)), Self.isLatin(scalars[position]) {
                    text.append(UInt8(ascii: " "))
                }
                needsAnchor = true
            } else {
                append(c, from: position)
                position += 1
            }
        }
        if let closing {
            throw AssemblyError("'\(closing)' opened here is never closed", at: node.location(ofScalarOffset: opening))
        }
        flush()
        return result
    }

    private mutating func parseReference() throws -> CrossReference {
        let start = position
        guard let end = find("]]", from: start + 2) else {
            throw AssemblyError("'[[' opened here is never closed; write [[id]] or [[id|label]]",
                                at: node.location(ofScalarOffset: start))
        }
        let inside = String(String.UnicodeScalarView(scalars[(start + 2)..<end]))
        position = end + 2
        let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces() }
        let location = node.location(ofScalarOffset: start)
        guard Identifier.isValid(parts[0]) else {
            throw AssemblyError("'\(parts[0])' is not a valid id; ids use a-z, 0-9 and '-'", at: location)
        }
        if parts.count > 1 && parts[1].isEmpty {
            throw AssemblyError("the label after '|' in [[\(inside)]] is empty", at: location)
        }
        return CrossReference(target: parts[0], label: parts.count > 1 ? parts[1] : nil, location: location)
    }

    private mutating func parseTerm() throws -> TermMark {
        let start = position
        let location = node.location(ofScalarOffset: start)
        guard let end = find("}}", from: start + 2) else {
            throw AssemblyError("'{{' opened here is never closed; write {{term}} for a glossary term", at: location)
        }
        let text = String(String.UnicodeScalarView(scalars[(start + 2)..<end])).trimmingSpaces()
        guard !text.isEmpty else { throw AssemblyError("{{}} names no glossary term", at: location) }
        position = end + 2
        return TermMark(text: text, location: location)
    }

    /// `[text](url)`; nil, consuming nothing, when the bracket does not start a link.
    private mutating func parseLink() throws -> Inline? {
        let start = position
        guard let close = find("](", from: start + 1), let end = find(")", from: close + 2) else { return nil }
        let url = String(String.UnicodeScalarView(scalars[(close + 2)..<end]))
        guard ["https://", "http://", "mailto:"].contains(where: url.hasPrefix), !url.contains(where: \.isWhitespace) else {
            throw AssemblyError("link target '\(MessageText.escaped(url))' must be a URL starting with https://, http:// or mailto:; use [[id]] to refer inside the plan",
                                at: node.location(ofScalarOffset: close + 2))
        }
        if let problem = SafeURL.problem(with: url) {
            throw AssemblyError("link target '\(MessageText.escaped(url))' \(problem)", at: node.location(ofScalarOffset: close + 2))
        }
        let outerLimit = limit
        position = start + 1
        limit = close
        let content = try parseRun(closing: nil, openedAt: start)
        limit = outerLimit
        position = end + 1
        return .link(url: url, content: content)
    }

    private func matches(_ marker: String, at index: Int) -> Bool {
        var i = index
        for m in marker.unicodeScalars {
            guard i < limit, scalars[i] == m else { return false }
            i += 1
        }
        return true
    }

    /// The next `marker` before the end of the paragraph line group; markup does not span blank lines.
    private func find(_ marker: String, from start: Int) -> Int? {
        var i = start
        while i < limit {
            if matches(marker, at: i) { return i }
            if scalars[i] == "\n" && i + 1 < limit && scalars[i + 1] == "\n" { return nil }
            i += 1
        }
        return nil
    }

    /// The first scalars of `**`, `[[`, `{{`, a link, an escape and a line end.
    private static func mayStartMarkup(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && mayStartMarkup(UInt8(scalar.value))
    }

    private static func mayStartMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "\\"), UInt8(ascii: "\n"): true
        default: false
        }
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }
}
