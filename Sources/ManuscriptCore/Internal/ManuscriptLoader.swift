import Foundation

/// Loads the edition file and its sections, collecting every problem as a finding.
struct ManuscriptLoader {
    static let stageID = "manuscript"
    let folder: ManuscriptFolder
    private(set) var findings = FindingList()
    private var ids: [String: SourceLocation] = [:]
    private let extensions: FormatExtensions
    private var fileLimits = FileLimits.standard

    init(folder: ManuscriptFolder, extensions: FormatExtensions) {
        self.folder = folder
        self.extensions = extensions
    }

    mutating func load() -> Manuscript? {
        let path = folder.displayPath(of: "edition.yaml")
        let editionURL = folder.root.appendingPathComponent("edition.yaml")
        guard FileManager.default.fileExists(atPath: editionURL.path) else {
            report(AssemblyError("no edition.yaml in the manuscript folder", at: .start(of: path)))
            return nil
        }
        do {
            // Like every other file, edition.yaml may not be a symbolic link leading out of the folder.
            _ = try folder.resolve("edition.yaml", at: .start(of: path))
            guard let root = try YAMLFile.read(editionURL, displayPath: path) else {
                throw AssemblyError("edition.yaml is empty", at: .start(of: path))
            }
            let edition = try root.mapping("the edition")
            try edition.rejectUnknownKeys(allowed: [
                "title", "subtitle", "label", "status", "date", "publisher", "language", "identifier",
                "volumes", "pipeline", "outputs", "public-comment", "date-style", "self-reference", "file-limits",
            ])
            // Read before the sections, whose figures it bounds.
            fileLimits = try readFileLimits(edition["file-limits"])
            var metadata = try readEditionMetadata(edition)
            let volumeNodes = try edition.required("volumes").sequence("volumes")
            let volumes = try volumeNodes.map { try readVolume($0) }
            // Volume titles are printed too (title pages, references), so checks can point at them.
            for (volume, node) in zip(volumes, volumeNodes) {
                for key in ["title", "short-title"] {
                    if let field = try node.mapping("a volume")[key] { metadata.fieldLocations?["volumes.\(volume.id).\(key)"] = field.location }
                }
            }
            let pipeline = try edition["pipeline"].map { try $0.sequence("pipeline").map(readInvocation) }
            let outputs = try readOutputs(edition["outputs"])
            return Manuscript(folder: folder, document: Document(edition: metadata, volumes: volumes),
                              pipeline: pipeline, outputs: outputs, fileLimits: fileLimits)
        } catch {
            report(error)
            return nil
        }
    }

    private mutating func report(_ error: Error) {
        let error = error as? AssemblyError ?? AssemblyError("\(error)")
        findings.append(Finding(.error, error.message, at: error.location ?? .start(of: folder.editionPath), stage: Self.stageID))
    }

    private func readEditionMetadata(_ edition: YAMLMapping) throws -> Edition {
        let title = try edition.required("title").nonBlankString("title")
        let label = try edition.required("label").string("label")
        let status = try edition.required("status").choice("status", of: EditionStatus.self)
        let dateNode = try edition.required("date")
        let date = try dateNode.string("date")
        guard BuildDate(editionDate: date) != nil else {
            throw AssemblyError("date must be a calendar date written YYYY-MM-DD", at: dateNode.location)
        }
        let publisher = try edition.required("publisher").string("publisher")
        let language = try edition["language"]?.string("language") ?? "ja"
        guard LanguageTag.isValid(language) else {
            throw AssemblyError("language '\(MessageText.escaped(language))' must be a BCP 47 language tag such as ja or ja-JP",
                                at: edition["language"]?.location ?? .start(of: folder.editionPath))
        }
        let identifier = try edition["identifier"]?.string("identifier")
            ?? NameBasedUUID.make(from: "\(publisher)\u{1F}\(title)\u{1F}\(label)")
        var locations = Dictionary(uniqueKeysWithValues: ["title", "subtitle", "label", "publisher", "status"].compactMap { key in
            edition[key].map { (key, $0.location) }
        })
        if case .sequence(let lines)? = try edition["public-comment"].map({ try $0.mapping("public-comment") })?["submit-to"]?.kind {
            for (index, line) in lines.enumerated() { locations["public-comment.submit-to.\(index)"] = line.location }
        }
        return Edition(title: title, subtitle: try edition["subtitle"]?.string("subtitle"), label: label,
                       status: status, date: date, publisher: publisher, language: language, identifier: identifier,
                       publicComment: try edition["public-comment"].map(readPublicComment),
                       dateStyle: try edition["date-style"]?.choice("date-style", of: DateStyle.self),
                       selfReference: try edition["self-reference"]?.nonBlankString("self-reference"), fieldLocations: locations)
    }

    /// Municipal guidelines (要綱) set comment periods of 30 days or more, as 行政手続法 第39条 does
    /// for national rules; `minimum-days` follows the city's own rule.
    private func readPublicComment(_ node: YAMLNode) throws -> PublicCommentCall {
        let call = try node.mapping("public-comment")
        try call.rejectUnknownKeys(allowed: ["from", "to", "submit-to", "minimum-days"])
        func day(_ key: String) throws -> String {
            let node = try call.required(key)
            let text = try node.string(key)
            guard BuildDate(editionDate: text) != nil else {
                throw AssemblyError("\(key) must be a calendar date written YYYY-MM-DD", at: node.location)
            }
            return text
        }
        let result = PublicCommentCall(from: try day("from"), to: try day("to"),
                                       submitTo: try call["submit-to"]?.sequence("submit-to").map { try $0.string("each submit-to line") } ?? [])
        let minimum = try call["minimum-days"]?.int("minimum-days", in: 1...365) ?? 30
        let days = result.days ?? 0
        guard days >= 1 else {
            throw AssemblyError("the comment period ends (\(result.to)) before it begins (\(result.from))", at: call["to"]?.location ?? node.location)
        }
        guard days >= minimum else {
            throw AssemblyError("the comment period runs \(days) day\(days == 1 ? "" : "s") (\(result.from) to \(result.to)); it must be at least \(minimum) days",
                                at: call["to"]?.location ?? node.location)
        }
        return result
    }

    private mutating func readVolume(_ node: YAMLNode) throws -> Volume {
        let volume = try node.mapping("a volume")
        try volume.rejectUnknownKeys(allowed: ["id", "title", "short-title", "sections"])
        let idNode = try volume.required("id")
        let id = try idNode.string("volume id")
        guard Identifier.isValid(id) else {
            throw AssemblyError("volume id '\(id)' must use a-z, 0-9 and '-'", at: idNode.location)
        }
        let title = try volume.required("title").nonBlankString("volume title")
        // Section files are read side by side; what they hold and report is taken in the listed order.
        let read = try ConcurrentWork.map(volume.required("sections").sequence("sections")) { entry in
            Result { try readSection(entry) }
        }
        var sections: [Section] = []
        for result in read {
            switch result {
            case .success(let (section, found)):
                findings.append(contentsOf: found)
                registerIDs(of: section)
                sections.append(section)
            case .failure(let error):
                report(error)
            }
        }
        return Volume(id: id, title: title, shortTitle: try volume["short-title"]?.string("short-title"), sections: sections)
    }

    /// A section file named in a volume's list, and what reading it found.
    private func readSection(_ entry: YAMLNode) throws -> (Section, [Finding]) {
        let relative = try entry.string("a section path")
        let url = try folder.resolve(relative, at: entry.location)
        let displayPath = folder.displayPath(of: relative)
        guard let root = try YAMLFile.read(url, displayPath: displayPath) else {
            throw AssemblyError("section file is empty", at: .start(of: displayPath))
        }
        var reader = SectionReader(folder: folder, extensions: extensions, figureLimit: fileLimits.figureBytes)
        let section = try reader.read(root)
        return (section, reader.findings.all)
    }

    /// Ids are unique across both volumes, so cross-references never need a volume prefix.
    private mutating func registerIDs(of section: Section) {
        var candidates = [(section.id, section.location)]
        func collect(_ blocks: [Block]) {
            for block in blocks {
                if let id = block.id { candidates.append((id, block.location)) }
                if case .callout(let callout) = block.content { collect(callout.blocks) }
            }
        }
        collect(section.blocks)
        for (id, location) in candidates {
            if let first = ids[id] {
                findings.append(Finding(.error, "duplicate id '\(id)'; first used at \(first)", at: location, stage: Self.stageID))
            } else {
                ids[id] = location
            }
        }
    }

    private func readInvocation(_ node: YAMLNode) throws -> StageInvocation {
        let entry = try node.mapping("a pipeline entry")
        try entry.rejectUnknownKeys(allowed: ["stage", "command", "name", "options", "timeout"])
        let optionsNode = entry["options"]
        let options = StageOptions(mapping: try optionsNode?.mapping("options"), location: optionsNode?.location ?? node.location)
        switch (entry["stage"], entry["command"]) {
        case (let stage?, nil):
            return StageInvocation(kind: .builtIn(identifier: try stage.string("stage")), options: options, location: stage.location)
        case (nil, let command?):
            let path = try command.string("command")
            let name = try entry["name"]?.string("name") ?? URL(fileURLWithPath: path).lastPathComponent
            let timeout = try entry["timeout"]?.int("timeout", in: 1...3600) ?? 60
            return StageInvocation(kind: .external(command: path, name: name, timeoutSeconds: timeout),
                                   options: options, location: command.location)
        default:
            throw AssemblyError("a pipeline entry names either 'stage' (built in) or 'command' (external), not both or neither",
                                at: node.location)
        }
    }

    /// `file-limits: {figure: 64 MiB, attachment: 256 MiB}`: sizes as `ByteSize` reads them.
    private func readFileLimits(_ node: YAMLNode?) throws -> FileLimits {
        guard let node else { return .standard }
        let limits = try node.mapping("file-limits")
        try limits.rejectUnknownKeys(allowed: ["figure", "attachment"])
        func size(_ key: String, default standard: Int) throws -> Int {
            guard let value = limits[key] else { return standard }
            let highest = ByteSize.described(FileLimits.highestSetting)
            guard let bytes = ByteSize.parse(try value.string("file-limits.\(key)")), (1...FileLimits.highestSetting).contains(bytes) else {
                throw AssemblyError("file-limits.\(key) must be a size such as 64 MiB or 500 MB (units B, KB, MB, GB, KiB, MiB, GiB), from 1 byte to \(highest)",
                                    at: value.location)
            }
            return bytes
        }
        return FileLimits(figureBytes: try size("figure", default: FileLimits.standard.figureBytes),
                          attachmentBytes: try size("attachment", default: FileLimits.standard.attachmentBytes))
    }

    private func readOutputs(_ node: YAMLNode?) throws -> OutputSettings {
        guard let node else { return OutputSettings(basename: "document", formats: OutputSettings.Format.defaults) }
        let outputs = try node.mapping("outputs")
        try outputs.rejectUnknownKeys(allowed: ["basename", "formats", "base-url"])
        let basenameNode = outputs["basename"]
        let basename = try basenameNode?.string("basename") ?? "document"
        guard Identifier.isValid(basename) else {
            throw AssemblyError("basename must use a-z, 0-9 and '-'", at: basenameNode?.location ?? node.location)
        }
        let formats = try outputs["formats"]?.sequence("formats").map { item -> OutputSettings.Format in
            let name = try item.string("a format")
            guard let format = OutputSettings.Format(rawValue: name) else {
                let known = OutputSettings.Format.allCases.map(\.rawValue)
                throw AssemblyError("unknown output format '\(name)'" + Suggestion.hint(for: name, among: known, otherwise: "expected one of"),
                                    at: item.location)
            }
            return format
        } ?? OutputSettings.Format.defaults
        var baseURL = try outputs["base-url"]?.string("base-url")
        if let url = baseURL, let node = outputs["base-url"] {
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                throw AssemblyError("base-url must start with https:// or http://", at: node.location)
            }
            if let problem = SafeURL.problem(with: url) {
                throw AssemblyError("base-url '\(MessageText.escaped(url))' \(problem)", at: node.location)
            }
            if !url.hasSuffix("/") { baseURL = url + "/" }
        }
        return OutputSettings(basename: basename, formats: formats, baseURL: baseURL)
    }
}
