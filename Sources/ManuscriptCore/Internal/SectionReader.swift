import Foundation

/// Reads one section file. A bad block becomes a finding and is skipped, so every bad block is reported.
struct SectionReader {
    static let coreBlockKinds = ["heading", "paragraph", "list", "table", "callout", "metrics", "figure", "note"]
    let folder: ManuscriptFolder
    /// Kinds and options added by stages: kinds are kept as ``CustomBlock``s, options in ``Block/options``.
    let extensions: FormatExtensions
    /// The largest figure accepted (`file-limits.figure`).
    let figureLimit: Int
    private var blockKinds: [String] { Self.coreBlockKinds + extensions.blockKinds }
    private(set) var findings = FindingList()
    private var autoIDCount = 0
    private var sectionID = ""

    init(folder: ManuscriptFolder, extensions: FormatExtensions, figureLimit: Int = FileLimits.standard.figureBytes) {
        self.folder = folder
        self.extensions = extensions
        self.figureLimit = figureLimit
    }

    mutating func read(_ root: YAMLNode) throws -> Section {
        let section = try root.mapping("a section")
        try section.rejectUnknownKeys(allowed: ["id", "title", "blocks"])
        sectionID = try readID(section.required("id"))
        let title = try section.required("title").nonBlankString("section title")
        let blocks = try readBlocks(section.required("blocks"))
        return Section(id: sectionID, title: title, location: root.location, blocks: blocks)
    }

    private mutating func readBlocks(_ node: YAMLNode) throws -> [Block] {
        var blocks: [Block] = []
        for item in try node.sequence("blocks") {
            do {
                blocks.append(try readBlock(item))
            } catch {
                let error = error as? AssemblyError ?? AssemblyError("\(error)")
                findings.append(Finding(.error, error.message, at: error.location ?? item.location, stage: ManuscriptLoader.stageID))
            }
        }
        return blocks
    }

    private func readID(_ node: YAMLNode) throws -> String { try Identifier.read(node) }

    private mutating func readBlock(_ node: YAMLNode) throws -> Block {
        let block = try node.mapping("a block")
        let kinds = block.keys.filter { blockKinds.contains($0) }
        guard kinds.count == 1, let kind = kinds.first, let value = block[kind] else {
            let unknown = block.keys.first { !blockKinds.contains($0) && !["id", "level"].contains($0) && !extensions.blockOptions.contains($0) }
            if kinds.isEmpty, let unknown {
                let keyNode = block.pairs.first { (try? $0.key.string("key")) == unknown }?.key
                throw AssemblyError("unknown block kind '\(unknown)'" + Suggestion.hint(for: unknown, among: blockKinds, otherwise: "expected one of"),
                                    at: keyNode?.location ?? node.location)
            }
            throw AssemblyError("a block has exactly one kind (one of: \(blockKinds.joined(separator: ", "))); found \(kinds.isEmpty ? "none" : kinds.joined(separator: " and "))",
                                at: node.location)
        }
        try block.rejectUnknownKeys(allowed: (kind == "heading" ? ["heading", "id", "level"] : [kind, "id"]) + extensions.blockOptions)
        var options: [String: String] = [:]
        for key in extensions.blockOptions {
            if let value = block[key] { options[key] = try value.string(key) }
        }
        var id = try block["id"].map(readID)
        // Structured blocks may also carry their id inside their own mapping, next to the caption.
        if case .mapping = value.kind, let inner = try value.mapping(kind)["id"] {
            guard id == nil else {
                throw AssemblyError("this block's id is given twice; keep one", at: inner.location)
            }
            id = try readID(inner)
        }
        let content: BlockContent
        switch kind {
        case "heading":
            let level = try block["level"]?.int("heading level", in: 2...3) ?? 2
            _ = try value.nonBlankString("heading")
            content = .heading(Heading(level: level, text: try InlineParser.parse(value, what: "heading")))
        case "paragraph":
            content = .paragraph(try InlineParser.parse(value, what: "paragraph"))
        case "note":
            content = .editorNote(try InlineParser.parse(value, what: "note"))
        case "list":
            content = .list(try readList(value))
        case "table":
            content = .table(try TableReader(folder: folder).read(value))
        case "callout":
            content = .callout(try readCallout(value))
        case "metrics":
            content = .metrics(try MetricsReader.read(value))
        case "figure":
            content = .figure(try readFigure(value))
        default:
            content = .custom(CustomBlock(kind: kind, data: value))
        }
        if id == nil, ["heading", "table", "callout", "metrics", "figure"].contains(kind) {
            // Headings, tables and figures need anchors for the table of contents and cross-references.
            autoIDCount += 1
            id = "\(sectionID)-\(kind)-\(autoIDCount)"
        }
        return Block(id: id, location: node.location, options: options, content: content)
    }

    private func readList(_ node: YAMLNode) throws -> BulletList {
        if case .sequence(let items) = node.kind {
            return BulletList(items: try items.map { try InlineParser.parse($0, what: "a list item") })
        }
        let list = try node.mapping("list")
        try list.rejectUnknownKeys(allowed: ["id", "ordered", "items"])
        let items = try list.required("items").sequence("items").map { try InlineParser.parse($0, what: "a list item") }
        return BulletList(ordered: try list["ordered"]?.bool("ordered") ?? false, items: items)
    }

    private mutating func readCallout(_ node: YAMLNode) throws -> Callout {
        let callout = try node.mapping("callout")
        try callout.rejectUnknownKeys(allowed: ["id", "title", "blocks"])
        let blocks = try readBlocks(callout.required("blocks"))
        if blocks.contains(where: { if case .callout = $0.content { true } else { false } }) {
            throw AssemblyError("a callout cannot hold another callout", at: node.location)
        }
        return Callout(title: try callout["title"]?.nonBlankString("callout title") ?? "ご提案", blocks: blocks)
    }

    private func readFigure(_ node: YAMLNode) throws -> Figure {
        let figure = try node.mapping("figure")
        try figure.rejectUnknownKeys(allowed: ["id", "src", "alt", "caption"])
        let srcNode = try figure.required("src")
        let src = try srcNode.string("src")
        let lower = src.lowercased()
        guard lower.hasSuffix(".png") || lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") else {
            throw AssemblyError("figure '\(src)' must be a PNG or JPEG image", at: srcNode.location)
        }
        // A missing alt is allowed while drafting; the release-checks stage warns in drafts and
        // refuses public editions.
        let alt = try figure["alt"]?.string("alt").trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let url = try folder.resolve(src, at: srcNode.location)
        let name = folder.displayPath(of: src)
        _ = try BoundedFile.checkedSize(url, named: name, limit: figureLimit, setting: BoundedFile.figure, at: srcNode.location)
        // The pixel size is in the header; the writers copy the image itself as they read it.
        let header = try BoundedFile.head(url, count: ImageHeader.bytesRead, named: name, at: srcNode.location)
        guard let size = ImageHeader.size(of: header) else {
            throw AssemblyError("'\(src)' is not a readable PNG or JPEG image", at: srcNode.location)
        }
        let caption = try figure["caption"].map { try InlineParser.parse($0, what: "caption") } ?? []
        return Figure(source: src, alt: alt, caption: caption, pixelWidth: size.width, pixelHeight: size.height)
    }
}
