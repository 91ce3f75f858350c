import Foundation

/// Everything a writer needs besides the volume: the whole document (for cross-volume references),
/// the build date, and access to the manuscript's image files.
public struct RenderInput {
    public let document: Document
    public let date: BuildDate
    /// Names of the other volumes' files, for links between volumes.
    public let outputs: OutputSettings
    private let readAsset: (String) throws -> FileContents

    public init(document: Document, date: BuildDate, outputs: OutputSettings, readAsset: @escaping (String) throws -> FileContents) {
        self.document = document
        self.date = date
        self.outputs = outputs
        self.readAsset = readAsset
    }

    /// A figure, by its manuscript-relative path: a generated image's bytes or the checked file.
    public func asset(_ path: String) throws -> FileContents { try readAsset(path) }

    /// Editor notes appear only in draft editions.
    public var showsEditorNotes: Bool { document.edition.status == .draft }
}
