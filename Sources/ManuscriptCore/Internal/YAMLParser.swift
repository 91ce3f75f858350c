internal import CYaml

/// Reads one YAML document into a ``YAMLNode`` tree with libyaml's event API.
///
/// The event loop, not libyaml's document loader, is used so that aliases can be expanded against a
/// node budget and nesting can be capped: the loader shares aliased nodes, and a naive walk over them is
/// exponential (billion laughs). An anchor is registered only once its node is complete, so a node that
/// refers to itself meets an unknown alias instead of a cycle.
final class YAMLParser {
    private var parser = yaml_parser_t()
    private let bytes: [UInt8]
    private let path: String
    private let limits: YAMLLimits
    private let source: SourceText
    /// Where each line starts in `bytes`, worked out at the first literal block scalar: most files
    /// have none, and splitting megabytes into lines would cost more than parsing them.
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        return starts
    }()
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var nodeCount = 0

    init(source: SourceText, limits: YAMLLimits = .standard) {
        bytes = Array(source.text.utf8)
        path = source.path
        self.limits = limits
        self.source = source
        yaml_parser_initialize(&parser)
        bytes.withUnsafeBufferPointer { buffer in
            // libyaml keeps the pointer; `bytes` is immutable and lives as long as `self`.
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    }

    deinit { yaml_parser_delete(&parser) }

    /// The file's single document, or nil for an empty file.
    func parseDocument() throws -> YAMLNode? {
        var event = try nextEvent()
        guard event.type == YAML_STREAM_START_EVENT else { throw unexpected(event) }
        event = try nextEvent()
        if event.type == YAML_STREAM_END_EVENT { return nil }
        guard event.type == YAML_DOCUMENT_START_EVENT else { throw unexpected(event) }
        let root = try parseNode(try nextEvent(), depth: 0)
        event = try nextEvent()
        guard event.type == YAML_DOCUMENT_END_EVENT else { throw unexpected(event) }
        event = try nextEvent()
        if event.type != YAML_STREAM_END_EVENT {
            throw AssemblyError("a manuscript file holds one YAML document; found another here", at: event.location)
        }
        return root
    }

    private func parseNode(_ event: Event, depth: Int) throws -> YAMLNode {
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = event.anchor ?? ""
            guard let (node, size) = anchors[name] else {
                throw AssemblyError("unknown alias '*\(name)' (an anchor can only be used after its node is complete)", at: event.location)
            }
            try charge(size, at: event.location)
            return node
        case YAML_SCALAR_EVENT:
            try charge(1, at: event.location)
            // The file was checked before parsing, but an escape ("\0", "\x01", "\e", "\N", "\uFFFE")
            // in a double-quoted scalar makes the character only now.
            if let bad = event.scalarValue.unicodeScalars.first(where: SourceText.isForbidden) {
                throw AssemblyError("this scalar holds the character U+\(MessageText.hex(bad)) (written as an escape), which is not allowed in a manuscript",
                                    at: event.location)
            }
            let node = YAMLNode(kind: .scalar(event.scalarValue), location: event.location,
                                isPlain: event.isPlainScalar, textOrigin: textOrigin(of: event))
            register(node, size: 1, anchor: event.anchor)
            return node
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard depth < limits.maximumDepth else {
                throw AssemblyError("nesting is deeper than \(limits.maximumDepth) levels", at: event.location)
            }
            try charge(1, at: event.location)
            let before = nodeCount
            let node = event.type == YAML_SEQUENCE_START_EVENT
                ? try parseSequence(start: event, depth: depth)
                : try parseMapping(start: event, depth: depth)
            register(node, size: nodeCount - before + 1, anchor: event.anchor)
            return node
        default:
            throw unexpected(event)
        }
    }

    private func parseSequence(start: Event, depth: Int) throws -> YAMLNode {
        var items: [YAMLNode] = []
        while true {
            let event = try nextEvent()
            if event.type == YAML_SEQUENCE_END_EVENT { break }
            items.append(try parseNode(event, depth: depth + 1))
        }
        return YAMLNode(kind: .sequence(items), location: start.location)
    }

    private func parseMapping(start: Event, depth: Int) throws -> YAMLNode {
        var pairs: [YAMLNode.Pair] = []
        // Keys seen, by name, once the mapping is too long to search: most have a few keys, and a
        // table per mapping would cost more than the search (a glossary has 50,000 mappings).
        var seen: [String: SourceLocation] = [:]
        var indexed = false
        while true {
            let event = try nextEvent()
            if event.type == YAML_MAPPING_END_EVENT { break }
            let key = try parseNode(event, depth: depth + 1)
            if case .scalar(let name) = key.kind {
                if !indexed && pairs.count >= Self.keysSearched {
                    for pair in pairs { if case .scalar(let earlier) = pair.key.kind { seen[earlier] = pair.key.location } }
                    indexed = true
                }
                let first = indexed ? seen[name] : pairs.first { pair in
                    if case .scalar(let earlier) = pair.key.kind { earlier == name } else { false }
                }?.key.location
                if let first {
                    throw AssemblyError("duplicate key '\(name)'; first defined at \(first.line):\(first.column)", at: key.location)
                }
                if indexed { seen[name] = key.location }
            }
            let value = try parseNode(try nextEvent(), depth: depth + 1)
            pairs.append(YAMLNode.Pair(key: key, value: value))
        }
        return YAMLNode(kind: .mapping(pairs), location: start.location)
    }

    /// How many keys a mapping is searched for a duplicate before they are put in a table.
    private static let keysSearched = 16

    private func register(_ node: YAMLNode, size: Int, anchor: String?) {
        if let anchor { anchors[anchor] = (node, size) }
    }

    private func charge(_ nodes: Int, at location: SourceLocation) throws {
        nodeCount += nodes
        if nodeCount > limits.maximumNodes {
            throw AssemblyError(
                "document expands to more than \(NumberText.grouped(limits.maximumNodes)) nodes (alias bomb?)", at: location)
        }
    }

    /// Literal block scalars keep their lines, so positions inside them map back to the file.
    private func textOrigin(of event: Event) -> TextOrigin {
        if event.style == YAML_LITERAL_SCALAR_STYLE {
            var lineIndex = event.location.line  // 0-based index of the line after the `|` indicator
            while lineIndex < lineStarts.count, line(lineIndex).allSatisfy({ $0 == 0x20 }) { lineIndex += 1 }
            if lineIndex < lineStarts.count {
                let indent = line(lineIndex).prefix { $0 == 0x20 }.count
                return TextOrigin(location: SourceLocation(path: path, line: lineIndex + 1, column: indent + 1), followsLines: true)
            }
        }
        var start = event.location
        if event.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || event.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE {
            start.column += 1
        }
        return TextOrigin(location: start, followsLines: false)
    }

    /// A line's bytes without its line break.
    private func line(_ index: Int) -> ArraySlice<UInt8> {
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > lineStarts[index], bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[lineStarts[index]..<end]
    }

    private func unexpected(_ event: Event) -> AssemblyError {
        AssemblyError("unexpected YAML structure", at: event.location)
    }

    private func nextEvent() throws -> Event {
        var raw = yaml_event_t()
        guard yaml_parser_parse(&parser, &raw) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&raw) }
        return Event(raw, path: path)
    }

    private func syntaxError() -> AssemblyError {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let context = parser.context.map { " " + String(cString: $0) } ?? ""
        let mark = parser.problem_mark
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        let hint = YAMLSyntaxHint(problem: problem, context: context, lines: lines,
                                  problemMark: (Int(mark.line), Int(mark.column)),
                                  contextMark: (Int(parser.context_mark.line), Int(parser.context_mark.column)))
        let place = hint.betterPlace ?? (Int(mark.line), Int(mark.column))
        return AssemblyError("YAML syntax error: \(problem)\(context)\(hint.text)",
                             at: SourceLocation(path: path, line: place.line + 1, column: place.column + 1))
    }

    /// The parts of a libyaml event we use, copied out before the event is freed.
    private struct Event {
        var type: yaml_event_type_t
        var location: SourceLocation
        var anchor: String?
        var scalarValue = ""
        var style = YAML_ANY_SCALAR_STYLE
        var isPlainScalar = false

        init(_ raw: yaml_event_t, path: String) {
            type = raw.type
            location = SourceLocation(path: path, line: Int(raw.start_mark.line) + 1, column: Int(raw.start_mark.column) + 1)
            func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
                pointer.map { String(cString: $0) }
            }
            switch raw.type {
            case YAML_SCALAR_EVENT:
                let scalar = raw.data.scalar
                anchor = text(scalar.anchor)
                let buffer = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                scalarValue = String(decoding: buffer, as: UTF8.self)
                style = scalar.style
                isPlainScalar = scalar.style == YAML_PLAIN_SCALAR_STYLE
            case YAML_ALIAS_EVENT: anchor = text(raw.data.alias.anchor)
            case YAML_SEQUENCE_START_EVENT: anchor = text(raw.data.sequence_start.anchor)
            case YAML_MAPPING_START_EVENT: anchor = text(raw.data.mapping_start.anchor)
            default: break
            }
        }
    }
}
