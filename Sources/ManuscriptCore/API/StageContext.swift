import Foundation

/// What a stage works on: the document to change, the manuscript folder, and the findings so far.
public struct StageContext {
    public var document: Document
    /// The manuscript folder, for stages that read data files.
    public let manuscriptRoot: URL
    public private(set) var findings = FindingList()
    /// The identifier stamped on findings reported through ``report(_:_:at:)``.
    public internal(set) var stageIdentifier: String

    public init(document: Document, manuscriptRoot: URL, stageIdentifier: String = "") {
        self.document = document
        self.manuscriptRoot = manuscriptRoot
        self.stageIdentifier = stageIdentifier
    }

    public mutating func report(_ severity: Severity, _ message: String, at location: SourceLocation) {
        findings.append(Finding(severity, message, at: location, stage: stageIdentifier))
    }

    mutating func append(_ found: [Finding]) { findings.append(contentsOf: found) }
}
