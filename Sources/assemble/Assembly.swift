import BuiltInStages
import Foundation
import ManuscriptCore

/// Loads the manuscript and runs its pipeline: what `check` and `build` share.
struct Assembly {
    var manuscript: Manuscript?
    var document: Document?
    var findings = FindingList()
    /// An error that stopped the run before all findings could be gathered.
    var stoppingError: AssemblyError?

    init(options: ManuscriptOptions) {
        let root = URL(fileURLWithPath: options.manuscript)
        let pipeline = Pipeline(registry: builtInStages)
        let loaded = Manuscript.load(from: root, displayPath: options.manuscript, blockKinds: pipeline.blockKinds)
        findings = loaded.findings
        guard let manuscript = loaded.manuscript, !findings.hasErrors else { return }
        self.manuscript = manuscript
        do {
            let result = try pipeline.run(manuscript)
            document = result.document
            findings.append(contentsOf: result.findings.all)
        } catch let error as AssemblyError {
            stoppingError = error
        } catch {
            stoppingError = AssemblyError("\(error)")
        }
    }

    /// Whether the findings (or a stopping error) fail the command.
    func fails(strict: Bool) -> Bool {
        stoppingError != nil || findings.hasErrors || (strict && findings.warningCount > 0)
    }
}
