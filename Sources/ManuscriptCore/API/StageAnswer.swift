import Foundation

/// An external stage's answer read as `assemble` reads it: the characters of its strings, the JSON
/// decoding, the stage's findings, then the checks the loaded manuscript passes. For the fuzz target.
public enum StageAnswer {
    /// Why `data` would stop the build as a stage's answer; empty when a writer could use it.
    public static func problems(in data: Data) -> [String] {
        let place = SourceLocation.start(of: "stage")
        do {
            let answer = try ExternalStage.read(data, name: "fuzz", at: place)
            return DocumentValidation.problems(in: answer.document, fallback: place).map(\.message)
        } catch {
            return [(error as? AssemblyError)?.message ?? "\(error)"]
        }
    }
}
