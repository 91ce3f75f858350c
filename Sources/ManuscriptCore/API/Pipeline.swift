import Foundation

/// Runs the configured stages over the document, in the edition's order.
public struct Pipeline {
    public let registry: [any Stage.Type]

    /// - parameter registry: the built-in stages, in their default order.
    public init(registry: [any Stage.Type]) { self.registry = registry }

    public func stage(withIdentifier identifier: String) -> (any Stage.Type)? {
        registry.first { $0.description.identifier == identifier }
    }

    /// Runs the manuscript's pipeline (every built-in stage, when it names none); stages that report on
    /// change see `previousEdition`.
    ///
    /// Returns the changed document, the stages' findings and files; throws an ``AssemblyError``
    /// carrying the stage id when a stage cannot run at all.
    /// - parameter previousEdition: an earlier edition to compare with, for the brevity report.
    /// - parameter measuredPages: the pages of the PDFs made from an earlier run, for limits in pages.
    /// - parameter finished: work on the document once it is final (writing the volumes), run on a
    ///   thread of its own while the stages at the end of the pipeline that only read it (``StageDescription/readsOnly``)
    ///   check it; at once after the last stage when the pipeline does not end with such stages.
    ///   The run returns or throws only after it has ended; it is not called when a stage that can
    ///   change the document stops the run, nor when the run has already failed by then (an error
    ///   found, or a block no stage of the pipeline builds).
    public func run(_ manuscript: Manuscript, comparingWith previousEdition: PreviousEdition? = nil,
                    measuredPages: MeasuredPages? = nil,
                    whileChecking finished: ((FinishedDocument) -> Void)? = nil) throws -> PipelineResult {
        var context = StageContext(document: manuscript.document, manuscriptRoot: manuscript.root,
                                   manuscriptDisplayPath: manuscript.displayPath, measuredPages: measuredPages,
                                   fileLimits: manuscript.fileLimits)
        context.previousEdition = previousEdition
        let edition = SourceLocation.start(of: ManuscriptFolder.displayPath(of: "edition.yaml", in: manuscript.displayPath))
        let invocations = withMandatoryStages(manuscript.pipeline ?? defaultInvocations(at: edition), at: edition)
        var timings: [(stage: String, seconds: Double)] = []
        var ids = try Self.validate(context.document, after: nil, fallback: edition)
        let checksStart = invocations.lastIndex { !readsOnly($0) }.map { $0 + 1 } ?? invocations.startIndex
        var writing: BackgroundWork?
        defer { writing?.wait() }
        // From the checks on the document no longer changes: its unbuilt blocks are known there.
        var unprocessed: [Finding]?
        func finishedIfPassing() -> FinishedDocument? {
            let blocks = unprocessedBlocks(in: context.document, ran: Set(invocations.map(\.identifier)), fallback: edition)
            unprocessed = blocks
            guard !context.findings.hasErrors, !blocks.contains(where: { $0.severity == .error }) else { return nil }
            return FinishedDocument(document: context.document, generatedImages: context.generatedImages)
        }
        for (index, invocation) in invocations.enumerated() {
            if index == checksStart, let finished, let document = finishedIfPassing() {
                writing = BackgroundWork { finished(document) }
            }
            context.stageIdentifier = invocation.identifier
            context.fallbackLocation = invocation.location
            let started = DispatchTime.now().uptimeNanoseconds
            defer { timings.append((invocation.identifier, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)) }
            let idsBefore = ids
            context.changedDocument = false
            let errorsBefore = context.findings.errorCount
            let imagesBefore = readsOnly(invocation) ? context.generatedImages : [:]
            do {
                try run(invocation, in: &context)
            } catch {
                let error = error as? AssemblyError ?? AssemblyError("\(error)")
                throw AssemblyError(error.message, at: error.location ?? invocation.location, stage: error.stage ?? invocation.identifier)
            }
            if readsOnly(invocation) && (context.changedDocument || context.generatedImages != imagesBefore) {
                throw AssemblyError("the stage declares that it only reads the document, but it changed it; the volumes would miss the change",
                                    at: invocation.location, stage: invocation.identifier)
            }
            // A stage that only read the document (counts, checks) leaves nothing new to validate.
            if context.changedDocument {
                ids = try Self.validate(context.document, after: invocation, fallback: invocation.location)
                if let failure = context.findings.all.filter({ $0.severity == .error }).dropFirst(errorsBefore).first {
                    // A stage that failed on a block drops it: its id goes with it, and a reference to
                    // it is an echo of this failure rather than a typo of its own.
                    let lost = idsBefore.sectionsAndBlocks.subtracting(ids.sectionsAndBlocks)
                    context.withdraw(lost.sorted(), because: failure)
                }
            }
            context.finishStage()
        }
        if checksStart == invocations.endIndex, let finished, let document = finishedIfPassing() {
            finished(document)
        }
        var findings = context.findings
        findings.append(contentsOf: unprocessed ?? unprocessedBlocks(in: context.document, ran: Set(invocations.map(\.identifier)), fallback: edition))
        return PipelineResult(document: context.document, findings: findings, artifacts: context.artifacts,
                              generatedImages: context.generatedImages, timings: timings)
    }

    /// Stops the run at the first problem of the document as loaded or as a stage left it, before a
    /// later stage or a writer sees ids, links or sizes it cannot use; returns the ids it claims.
    private static func validate(_ document: Document, after invocation: StageInvocation?, fallback: SourceLocation) throws -> ClaimedIDs {
        let validation = DocumentValidation.validation(of: document, fallback: fallback)
        guard let problem = validation.problems.first else { return validation.ids }
        throw AssemblyError(problem.message, at: problem.location, stage: invocation?.identifier ?? "manuscript")
    }

    /// Whether the invocation runs a built-in stage that declares it only reads the document.
    private func readsOnly(_ invocation: StageInvocation) -> Bool {
        guard case .builtIn(let identifier) = invocation.kind else { return false }
        return stage(withIdentifier: identifier)?.description.readsOnly ?? false
    }

    /// All block kinds the registered stages add, for ``Manuscript/load(from:displayPath:extensions:)``.
    public var blockKinds: [String] { registry.flatMap { $0.description.blockKinds } }

    /// All block options the registered stages read.
    public var blockOptions: [String] { registry.flatMap { $0.description.blockOptions } }

    /// What the registered stages add to the manuscript format.
    public var formatExtensions: FormatExtensions { FormatExtensions(blockKinds: blockKinds, blockOptions: blockOptions) }

    /// Custom blocks whose stage is missing from the pipeline. Those whose stage ran are data it kept
    /// (declarations other stages may read); writers print nothing for them.
    private func unprocessedBlocks(in document: Document, ran: Set<String>, fallback: SourceLocation) -> [Finding] {
        document.blockPlaces.compactMap { place in
            guard case .custom(let block) = place.block.content else { return nil }
            let owner = registry.first { $0.description.blockKinds.contains(block.kind) }?.description.identifier ?? "manuscript"
            if ran.contains(owner) { return nil }
            return Finding(.error, "'\(block.kind)' blocks need the '\(owner)' stage in the edition's pipeline",
                           at: place.block.location.path.isEmpty ? fallback : place.block.location, stage: owner)
        }
    }

    private func defaultInvocations(at location: SourceLocation) -> [StageInvocation] {
        registry.map { defaultInvocation(of: $0, at: location) }
    }

    /// Appends the stages that must always run (the release checks) when the edition's pipeline
    /// leaves them out, so a release cannot skip them by omission.
    private func withMandatoryStages(_ invocations: [StageInvocation], at location: SourceLocation) -> [StageInvocation] {
        let listed = Set(invocations.map(\.identifier))
        return invocations + registry.filter { $0.description.alwaysRuns && !listed.contains($0.description.identifier) }
            .map { defaultInvocation(of: $0, at: location) }
    }

    private func defaultInvocation(of type: any Stage.Type, at location: SourceLocation) -> StageInvocation {
        StageInvocation(kind: .builtIn(identifier: type.description.identifier),
                        options: StageOptions(mapping: nil, location: location), location: location)
    }

    private func run(_ invocation: StageInvocation, in context: inout StageContext) throws {
        switch invocation.kind {
        case .builtIn(let identifier):
            try runBuiltIn(identifier, invocation: invocation, in: &context)
        case .external(let command, let name, let timeout):
            let stage = ExternalStage(command: command, name: name, timeoutSeconds: timeout,
                                      options: invocation.options, location: invocation.location)
            try stage.run(&context)
        }
    }

    private func runBuiltIn(_ identifier: String, invocation: StageInvocation, in context: inout StageContext) throws {
        guard let type = stage(withIdentifier: identifier) else {
            let known = registry.map { $0.description.identifier }
            throw AssemblyError("unknown stage '\(identifier)'" + Suggestion.hint(for: identifier, among: known, otherwise: "built-in stages are"),
                                at: invocation.location)
        }
        try invocation.options.validate(against: type.description)
        try Self.instantiate(type, options: invocation.options, in: &context)
    }

    private static func instantiate<S: Stage>(_ type: S.Type, options: StageOptions, in context: inout StageContext) throws {
        let stage = try S(options: options)
        try stage.run(&context)
    }
}
