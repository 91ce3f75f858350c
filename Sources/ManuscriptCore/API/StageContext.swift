import Foundation

/// What a stage works on: the document to change, the manuscript folder, and the findings so far.
public struct StageContext {
    public var document: Document
    /// The manuscript folder, for stages that read data files.
    public let manuscriptRoot: URL
    /// How the user named the manuscript folder; the prefix of printed paths.
    public let manuscriptDisplayPath: String
    public private(set) var findings = FindingList()
    /// Files stages produce besides the document (reports), written with the volumes.
    public private(set) var artifacts: [Artifact] = []
    /// Images stages made (QR codes), by the path ``InlineImage/source`` names them with.
    public private(set) var generatedImages: [String: Data] = [:]
    /// The identifier stamped on findings reported through ``report(_:_:at:)``.
    public internal(set) var stageIdentifier: String
    /// The pages of the PDFs of an earlier conversion of this document, when there was one.
    public let measuredPages: MeasuredPages?

    public init(document: Document, manuscriptRoot: URL, manuscriptDisplayPath: String = "", stageIdentifier: String = "",
                measuredPages: MeasuredPages? = nil) {
        self.document = document
        self.measuredPages = measuredPages
        self.manuscriptRoot = manuscriptRoot
        self.manuscriptDisplayPath = manuscriptDisplayPath
        self.stageIdentifier = stageIdentifier
    }

    /// Reads a table written as the `table` block is (inline rows or `csv:`), for stages that build tables.
    public func readTable(_ node: YAMLNode) throws -> Table {
        try TableReader(folder: ManuscriptFolder(root: manuscriptRoot, displayPath: manuscriptDisplayPath)).read(node)
    }

    /// Reads any file of the manuscript as bytes (an attachment); the path must stay inside the folder.
    public func readFile(_ relativePath: String, at location: SourceLocation) throws -> Data {
        let url = try ManuscriptFolder(root: manuscriptRoot, displayPath: manuscriptDisplayPath).resolve(relativePath, at: location)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw AssemblyError("cannot read '\(relativePath)': \(error.localizedDescription)", at: location)
        }
    }

    /// Reads a data file named by an option; nil when the option took its default and no such file
    /// exists (the manuscript does not use it). A file the edition names must exist.
    public func readDataFile(ifPresent option: DataFileOption) throws -> YAMLNode? {
        let exists = FileManager.default.fileExists(atPath: manuscriptRoot.appendingPathComponent(option.path).path)
        guard exists || option.isExplicit else { return nil }
        return try readDataFile(option.path, at: option.location)
    }

    /// Reads a YAML data file of the manuscript (a glossary, an actors list), with the same checks and
    /// located errors as section files. The path must stay inside the manuscript folder.
    public func readDataFile(_ relativePath: String, at location: SourceLocation) throws -> YAMLNode {
        let folder = ManuscriptFolder(root: manuscriptRoot, displayPath: manuscriptDisplayPath)
        let url = try folder.resolve(relativePath, at: location)
        let displayPath = folder.displayPath(of: relativePath)
        guard let node = try YAMLFile.read(url, displayPath: displayPath) else {
            throw AssemblyError("data file is empty", at: .start(of: displayPath))
        }
        return node
    }

    public mutating func report(_ severity: Severity, _ message: String, at location: SourceLocation) {
        findings.append(Finding(severity, message, at: location, stage: stageIdentifier))
    }

    mutating func append(_ found: [Finding]) { findings.append(contentsOf: found) }

    /// Keeps an image a stage made for the writers; name it under `generated/` so it cannot be
    /// mistaken for a manuscript file.
    public mutating func addGeneratedImage(_ data: Data, as path: String) {
        generatedImages[path] = data
    }

    /// Adds a file to write under the output folder; a later file at the same path replaces it.
    public mutating func addArtifact(_ artifact: Artifact) {
        artifacts.removeAll { $0.path == artifact.path }
        artifacts.append(artifact)
    }
}
