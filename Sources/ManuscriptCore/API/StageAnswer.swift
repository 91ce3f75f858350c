import Foundation

/// An external stage's answer read as `assemble` reads it: the characters of its strings, the JSON
/// decoding, then the checks the loaded manuscript passes. For the fuzz target.
public enum StageAnswer {
    /// Why `data` would stop the build as a stage's answer; empty when a writer could use it.
    public static func problems(in data: Data) -> [String] {
        if let problem = ExternalStage.forbiddenText(in: data) { return [problem] }
        guard let response = try? JSONDecoder().decode(ExternalStage.Response.self, from: data) else { return ["malformed"] }
        return DocumentValidation.problems(in: response.document, fallback: .start(of: "stage")).map(\.message)
    }
}
