import Foundation

/// The document once no later stage can change it: what the writers need, handed to them while
/// the stages that only check it still run (see ``Pipeline/run(_:comparingWith:measuredPages:whileChecking:)``).
public struct FinishedDocument: Sendable {
    public let document: Document
    /// Images the stages made (QR codes), by the path the document names them with.
    public let generatedImages: [String: Data]
}
