import Foundation

/// What a pipeline run gives: the changed document, the stages' findings and their other files.
public struct PipelineResult: Sendable {
    public var document: Document
    public var findings: FindingList
    public var artifacts: [Artifact]
    /// Images the stages made, by path; writers read them before the manuscript's files.
    public var generatedImages: [String: Data] = [:]
    /// How long each stage took, in seconds, in the order they ran.
    public var timings: [(stage: String, seconds: Double)] = []
}
