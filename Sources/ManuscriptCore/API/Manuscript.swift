import Foundation

/// A loaded manuscript: the document, the configured pipeline and the output settings.
public struct Manuscript: Sendable {
    /// The manuscript folder on disk.
    public let root: URL
    /// How the user named the folder; the prefix of every printed path.
    public let displayPath: String
    public var document: Document
    /// The stages to run, in order. Nil when the edition names no `pipeline`: every built-in stage runs.
    public let pipeline: [StageInvocation]?
    public let outputs: OutputSettings
    /// The largest figure and attachment accepted (`file-limits`).
    public let fileLimits: FileLimits

    /// Loads `edition.yaml` and the section files it lists.
    ///
    /// Problems are collected as findings so the author sees all of them at once; the manuscript is nil
    /// when the edition file itself cannot be read, and must not be built when any finding is an error.
    /// - parameter extensions: the block kinds and options stages add (``Pipeline/formatExtensions``).
    public static func load(from root: URL, displayPath: String, extensions: FormatExtensions = FormatExtensions()) -> (manuscript: Manuscript?, findings: FindingList) {
        var loader = ManuscriptLoader(folder: ManuscriptFolder(root: root, displayPath: displayPath), extensions: extensions)
        let manuscript = loader.load()
        return (manuscript, loader.findings)
    }

    /// Reads one section file's bytes on their own, as the loader would; files it names are looked up
    /// in `root`. For tools and fuzzing: problems come back as findings, never as a crash.
    public static func readSection(_ data: Data, displayPath: String, root: URL,
                                   extensions: FormatExtensions = FormatExtensions()) -> (section: Section?, findings: FindingList) {
        var reader = SectionReader(folder: ManuscriptFolder(root: root, displayPath: ""), extensions: extensions)
        do {
            guard let node = try YAMLFile.parse(data, displayPath: displayPath) else { return (nil, FindingList()) }
            let section = try reader.read(node)
            return (section, reader.findings)
        } catch {
            var findings = reader.findings
            let error = error as? AssemblyError ?? AssemblyError("\(error)")
            findings.append(Finding(.error, error.message, at: error.location ?? .start(of: displayPath), stage: "manuscript"))
            return (nil, findings)
        }
    }

    init(folder: ManuscriptFolder, document: Document, pipeline: [StageInvocation]?, outputs: OutputSettings, fileLimits: FileLimits) {
        self.fileLimits = fileLimits
        root = folder.root
        displayPath = folder.displayPath
        self.document = document
        self.pipeline = pipeline
        self.outputs = outputs
    }

    /// A figure the document refers to, by its manuscript-relative path: checked again (it may have
    /// changed since loading), and copied by the writer as it reads it.
    public func figure(at relativePath: String) throws -> FileContents {
        let folder = ManuscriptFolder(root: root, displayPath: displayPath)
        let location = SourceLocation.start(of: folder.displayPath(of: relativePath))
        let url = try folder.resolve(relativePath, at: location)
        let size = try BoundedFile.checkedSize(url, named: folder.displayPath(of: relativePath), limit: fileLimits.figureBytes,
                                               setting: BoundedFile.figure, at: location)
        return .file(url, byteCount: size)
    }
}
