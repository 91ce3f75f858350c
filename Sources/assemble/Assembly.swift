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
        let loaded = Manuscript.load(from: root, displayPath: options.manuscript)
        findings = loaded.findings
        guard let manuscript = loaded.manuscript, !findings.hasErrors else { return }
        self.manuscript = manuscript
        do {
            let result = try Pipeline(registry: builtInStages).run(manuscript)
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
