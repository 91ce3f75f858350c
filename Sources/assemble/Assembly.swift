import BuiltInStages
import Foundation
import ManuscriptCore

/// Loads the manuscript and runs its pipeline: what `check` and `build` share.
struct Assembly {
    var manuscript: Manuscript?
    var document: Document?
    var findings = FindingList()
    /// Reports and other files the stages produced.
    var artifacts: [Artifact] = []
    /// Images the stages made (QR codes), by the path the document names them with.
    var generatedImages: [String: Data] = [:]
    /// Seconds per step (loading, each stage), for `--timings`.
    var timings: [(step: String, seconds: Double)] = []
    /// An error that stopped the run before all findings could be gathered.
    var stoppingError: AssemblyError?
    /// The loader's findings, which a second pipeline run starts from.
    private var loadingFindings = FindingList()
    /// The edition the brevity report compares with (`check --report --compare`).
    private var previousEdition: PreviousEdition?

    /// - parameter finished: work on what the writers need once the document is final, run while
    ///   the last stages only check it (``Pipeline/run(_:comparingWith:measuredPages:whileChecking:)``).
    init(options: ManuscriptOptions, comparingWith previousEdition: PreviousEdition? = nil,
         whileChecking finished: ((RenderInput) -> Void)? = nil) {
        self.init(manuscript: options.manuscript, status: options.status, comparingWith: previousEdition, whileChecking: finished)
    }

    init(manuscript path: String, status: EditionStatus?, comparingWith previousEdition: PreviousEdition? = nil,
         whileChecking finished: ((RenderInput) -> Void)? = nil) {
        let root = URL(fileURLWithPath: path)
        self.previousEdition = previousEdition
        let pipeline = Pipeline(registry: builtInStages)
        let started = DispatchTime.now().uptimeNanoseconds
        let loaded = Manuscript.load(from: root, displayPath: path, extensions: pipeline.formatExtensions)
        findings = loaded.findings
        timings.append(("load", Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9))
        guard var manuscript = loaded.manuscript, !findings.hasErrors else { return }
        if let status { manuscript.document.edition.status = status }
        self.manuscript = manuscript
        loadingFindings = findings
        runPipeline(manuscript, measuredPages: nil, whileChecking: finished.map { finished in
            { [manuscript] done in finished(Self.renderInput(for: done.document, of: manuscript, generatedImages: done.generatedImages)) }
        })
    }

    /// The run again with the pages of the PDFs just made, so limits in pages and the brevity report
    /// count the real pages. The stages run before the writers, and the pages exist only after them:
    /// this second run is the one place where measured pages come in, and its findings and reports
    /// are the ones printed and written.
    func remeasured(with pages: MeasuredPages) -> Assembly {
        guard let manuscript else { return self }
        var again = self
        again.findings = loadingFindings
        again.runPipeline(manuscript, measuredPages: pages)
        return again
    }

    private mutating func runPipeline(_ manuscript: Manuscript, measuredPages: MeasuredPages?,
                                      whileChecking finished: ((FinishedDocument) -> Void)? = nil) {
        do {
            let result = try Pipeline(registry: builtInStages).run(manuscript, comparingWith: previousEdition, measuredPages: measuredPages,
                                                                   whileChecking: finished)
            document = result.document
            findings.append(contentsOf: result.findings.all)
            artifacts = result.artifacts
            generatedImages = result.generatedImages
            timings += result.timings.map { ($0.stage, $0.seconds) }
        } catch let error as AssemblyError {
            stoppingError = error
        } catch {
            stoppingError = AssemblyError("\(error)")
        }
    }

    /// What the writers need for `document`: generated images are read before the manuscript's files.
    func renderInput(for document: Document, of manuscript: Manuscript) -> RenderInput {
        Self.renderInput(for: document, of: manuscript, generatedImages: generatedImages)
    }

    private static func renderInput(for document: Document, of manuscript: Manuscript, generatedImages: [String: Data]) -> RenderInput {
        RenderInput(document: document, date: BuildDate.forBuild(of: document.edition), outputs: manuscript.outputs) { path in
            try generatedImages[path].map(FileContents.bytes) ?? manuscript.figure(at: path)
        }
    }

    /// Whether the findings (or a stopping error) fail the command.
    func fails(strict: Bool) -> Bool {
        stoppingError != nil || findings.hasErrors || (strict && findings.warningCount > 0)
    }
}
