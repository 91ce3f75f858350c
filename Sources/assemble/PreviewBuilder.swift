import Foundation
import ManuscriptCore
import PreviewServer
import WebEdition

/// Builds the preview's site: the same `Assembly` as `build` (loader, pipeline, findings), then the
/// web edition of each volume, decorated for the preview, into a new folder of its private one.
/// Builds run one at a time (on the watcher's thread); each gets the next generation number.
final class PreviewBuilder {
    private let manuscript: String
    private let status: EditionStatus
    private let folder: URL
    private let printsTimings: Bool
    private var generation = 0
    /// The sites built, newest last; the two newest are kept so a page loading during a swap
    /// still finds its style sheet and images.
    private var sites: [URL] = []
    /// The last good document, where a failed build's findings are marked (its pages are shown).
    private var lastGoodDocument: Document?

    init(manuscript: String, status: EditionStatus, folder: URL, printsTimings: Bool) {
        self.manuscript = manuscript
        self.status = status
        self.folder = folder
        self.printsTimings = printsTimings
    }

    func build() -> PreviewBuild {
        let started = DispatchTime.now().uptimeNanoseconds
        generation += 1
        let assembly = Assembly(manuscript: manuscript, status: status)
        let findings = assembly.findings.inCauseOrder
        let assembled = DispatchTime.now().uptimeNanoseconds
        defer { if printsTimings { Timings.print(assembly.timings + [("write", Double(DispatchTime.now().uptimeNanoseconds - assembled) / 1e9)]) } }
        var stoppingError = assembly.stoppingError?.description
        var site: SiteFolder?
        var home: String?
        let marks = FindingMarks(findings, in: assembly.document ?? lastGoodDocument)
        if !assembly.fails(strict: false), let document = assembly.document, let manuscript = assembly.manuscript {
            let target = folder.appendingPathComponent("site-\(generation)")
            do {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
                let built = PreviewBuild(generation: generation, findings: findings, site: SiteFolder(target), marks: marks)
                let decoration = PageDecoration(head: PreviewMarkup.head(forPagesOf: generation), bodyStart: PreviewMarkup.bodyStart(for: built)) {
                    marks.byBlock[$0.location] ?? []
                }
                let input = assembly.renderInput(for: document, of: manuscript)
                let written = try WebEditionWriter(decoration: decoration).write(input, to: target)
                site = built.site
                home = written.first { $0.hasSuffix("/index.html") }
                lastGoodDocument = document
                sites.append(target)
                while sites.count > 2 { try? FileManager.default.removeItem(at: sites.removeFirst()) }
            } catch {
                try? FileManager.default.removeItem(at: target)
                stoppingError = (error as? AssemblyError ?? AssemblyError("cannot write the preview's pages: \(error.localizedDescription)")).description
            }
        }
        return PreviewBuild(generation: generation, findings: findings, stoppingError: stoppingError, site: site, home: home, marks: marks,
                            seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
    }
}
