import Foundation

/// A file a stage produces besides the document, such as a report; written under the output folder
/// together with the volumes.
public struct Artifact: Sendable, Equatable {
    /// Relative to the output folder, e.g. `reports/brevity.html`.
    public let path: String
    public let data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
