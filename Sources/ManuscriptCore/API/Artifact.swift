import Foundation

/// A file a stage produces besides the document, such as a report or a copied attachment; written
/// under the output folder together with the volumes.
public struct Artifact: Sendable, Equatable {
    /// Relative to the output folder, e.g. `reports/brevity.html`.
    public let path: String
    public let contents: FileContents

    public init(path: String, contents: FileContents) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, data: Data) {
        self.init(path: path, contents: .bytes(data))
    }

    /// The bytes of a file made in memory (a report); nil for a file copied from the manuscript.
    public var data: Data? {
        if case .bytes(let data) = contents { data } else { nil }
    }
}
