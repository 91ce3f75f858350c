import Foundation

/// What a stage works on: the document to change, the manuscript folder, and the findings so far.
public struct StageContext {
    public var document: Document {
        get { changeableDocument }
        // In place, as a stored property is changed: an observer would copy the document first.
        _modify {
            changedDocument = true
            yield &changeableDocument
        }
        set {
            changedDocument = true
            changeableDocument = newValue
        }
    }
    private var changeableDocument: Document
    /// Whether the running stage set or changed the document.
    var changedDocument = false
    /// The manuscript folder, for stages that read data files.
    public let manuscriptRoot: URL
    /// How the user named the manuscript folder; the prefix of printed paths.
    public let manuscriptDisplayPath: String
    /// The findings so far. The running stage's absences are among them only while there is no error.
    public var findings: FindingList {
        guard !pendingAbsences.isEmpty, !reported.hasErrors else { return reported }
        var all = reported
        all.append(contentsOf: pendingAbsences)
        return all
    }
    private var reported = FindingList()
    /// Files stages produce besides the document (reports), written with the volumes.
    public private(set) var artifacts: [Artifact] = []
    /// Images stages made (QR codes), by the path ``InlineImage/source`` names them with.
    public private(set) var generatedImages: [String: Data] = [:]
    /// The identifier stamped on findings reported through ``report(_:_:at:)``.
    public internal(set) var stageIdentifier: String
    /// Where a finding reported without a file goes: the running stage's entry in edition.yaml, so no
    /// finding ever prints with an empty path.
    var fallbackLocation: SourceLocation
    /// Ids a failed stage could not produce, with the error that explains why (see ``withdraw(_:because:)``).
    public private(set) var withdrawnIDs: [String: Finding] = [:]
    /// The running stage's findings about absences, settled when it ends (see ``reportAbsence(_:_:at:)``).
    private var pendingAbsences: [Finding] = []
    /// The edition to compare with, when the command asked for a comparison.
    public internal(set) var previousEdition: PreviousEdition?
    /// The pages of the PDFs of an earlier conversion of this document, when there was one.
    public let measuredPages: MeasuredPages?
    /// The largest figure and attachment the edition accepts.
    public let fileLimits: FileLimits

    public init(document: Document, manuscriptRoot: URL, manuscriptDisplayPath: String = "", stageIdentifier: String = "",
                measuredPages: MeasuredPages? = nil, fileLimits: FileLimits = .standard) {
        changeableDocument = document
        self.fileLimits = fileLimits
        self.measuredPages = measuredPages
        self.manuscriptRoot = manuscriptRoot
        self.manuscriptDisplayPath = manuscriptDisplayPath
        self.stageIdentifier = stageIdentifier
        fallbackLocation = .start(of: ManuscriptFolder.displayPath(of: "edition.yaml", in: manuscriptDisplayPath))
    }

    /// Reads a table written as the `table` block is (inline rows or `csv:`), for stages that build tables.
    public func readTable(_ node: YAMLNode) throws -> Table {
        try TableReader(folder: ManuscriptFolder(root: manuscriptRoot, displayPath: manuscriptDisplayPath)).read(node)
    }

    /// Reads a table block written as the `table` block is, keeping the `id` written in it (checked
    /// as the loader checks ids), for stages that build tables from lists of them.
    public func readTableBlock(_ node: YAMLNode) throws -> Block {
        let id = try node.mapping("table")["id"].map(Identifier.read)
        return Block(id: id, location: node.location, content: .table(try readTable(node)))
    }

    /// Reads a text data file of the manuscript (a chart's CSV) with the checks section files pass:
    /// at most 32 MiB, UTF-8, no control characters (located at their line and column in the file).
    /// The path must stay inside the folder.
    public func readText(_ relativePath: String, at location: SourceLocation) throws -> String {
        let folder = ManuscriptFolder(root: manuscriptRoot, displayPath: manuscriptDisplayPath)
        let url = try folder.resolve(relativePath, at: location)
        let name = folder.displayPath(of: relativePath)
        let data = try BoundedFile.read(url, named: name, limit: YAMLLimits.standard.maximumFileBytes, at: location)
        return try SourceText(data: data, path: name).text
    }

    /// An attachment: a file of the manuscript passed on whole, checked against `file-limits.attachment`
    /// but not read. The path must stay inside the folder.
    public func attachment(_ relativePath: String, at location: SourceLocation) throws -> ManuscriptFile {
        let folder = ManuscriptFolder(root: manuscriptRoot, displayPath: manuscriptDisplayPath)
        let url = try folder.resolve(relativePath, at: location)
        let name = folder.displayPath(of: relativePath)
        let size = try BoundedFile.checkedSize(url, named: name, limit: fileLimits.attachmentBytes, setting: BoundedFile.attachment, at: location)
        return ManuscriptFile(path: relativePath, byteCount: size, url: url, displayPath: name, location: location)
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

    public mutating func report(_ severity: Severity, _ message: String, at location: SourceLocation, measurement: FindingMeasurement? = nil) {
        reported.append(located(Finding(severity, message, at: location, stage: stageIdentifier, measurement: measurement)))
    }

    /// Reports a finding about the element with id `subject` (a reference to it, say), unless that id
    /// was withdrawn: then the finding is an echo of the failure that withdrew it, which was reported.
    public mutating func report(_ severity: Severity, _ message: String, at location: SourceLocation, concerning subject: String) {
        guard withdrawnIDs[subject] == nil else { return }
        report(severity, message, at: location)
    }

    /// Reports an error about content the stage could not produce, and withdraws the ids that content
    /// would have carried, so that later stages do not report them as unknown.
    public mutating func reportFailure(_ message: String, at location: SourceLocation, withdrawing ids: some Sequence<String>) {
        let failure = located(Finding(.error, message, at: location, stage: stageIdentifier))
        reported.append(failure)
        withdraw(ids, because: failure)
    }

    /// Marks ids as failed because of `failure` (an error already reported).
    public mutating func withdraw(_ ids: some Sequence<String>, because failure: Finding) {
        for id in ids where withdrawnIDs[id] == nil { withdrawnIDs[id] = failure }
    }

    /// Reports that something is missing or unused: an actor without responsibilities, a term no
    /// text uses. Such a claim holds only when all the input was read, so it is kept back when an
    /// error has been reported by the time the stage ends: the content that error lost may be
    /// exactly what is missing, and fixing the error settles the claim either way.
    public mutating func reportAbsence(_ severity: Severity, _ message: String, at location: SourceLocation) {
        pendingAbsences.append(located(Finding(severity, message, at: location, stage: stageIdentifier)))
    }

    /// Ends the running stage: its absences stay only when the run has no error so far, and later
    /// stages' errors do not take them back.
    mutating func finishStage() {
        reported = findings
        pendingAbsences = []
    }

    mutating func append(_ found: [Finding]) { reported.append(contentsOf: found.map(located)) }

    /// A finding with a file: one reported without a path gets the running stage's place.
    func located(_ finding: Finding) -> Finding {
        guard finding.location.path.isEmpty else { return finding }
        var finding = finding
        finding.location = fallbackLocation
        return finding
    }

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
