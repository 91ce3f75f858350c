import Foundation
import ManuscriptCore
import ReleasePackage

/// The volumes of a build without PDFs, written into the staging folder while the pipeline's last
/// stages still check the document. Nothing is committed until the checks have passed; a failed
/// build leaves the output folder as it was.
final class VolumesWrittenEarly {
    let staged: Result<StagedOutput, any Error>
    let written: Result<VolumeFiles.Written, any Error>
    /// How long writing took, for `--timings`.
    let seconds: Double

    init(_ input: RenderInput, formats: [OutputSettings.Format], into output: String) {
        let started = DispatchTime.now().uptimeNanoseconds
        staged = Result { try StagedOutput(directory: URL(fileURLWithPath: output)) }
        written = staged.flatMap { staged in
            Result {
                Self.replaceSites(in: input, formats: formats, staged: staged)
                return try VolumeFiles.write(input, formats: formats) { try staged.stagingPath(for: $0) }
            }
        }
        seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }

    /// Removes what was staged: the build failed.
    func discard() {
        if case .success(let staged) = staged { staged.discard() }
    }

    /// A site folder is the build's as a whole: pages of sections since removed must go.
    static func replaceSites(in input: RenderInput, formats: [OutputSettings.Format], staged: StagedOutput) {
        guard formats.contains(.html) else { return }
        for volume in input.document.volumes { staged.replacesWhole(folder: input.outputs.siteFolder(volume: volume.id)) }
    }
}
