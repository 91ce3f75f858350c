import DOCXWriter
import EPUBWriter
import ManuscriptCore

/// Writes every volume in the chosen formats: what `build` and `release` share.
enum VolumeFiles {
    static let writers: [any VolumeWriter.Type] = [EPUBWriter.self, DOCXWriter.self]

    /// Returns the file names written, in volume order.
    static func write(_ input: RenderInput, into staged: StagedOutput, formats: [OutputSettings.Format]) throws -> [String] {
        var names: [String] = []
        for volume in input.document.volumes {
            for writer in writers where formats.contains(writer.format) {
                let name = input.outputs.fileName(volume: volume.id, format: writer.format)
                try writer.init().write(volume, of: input, to: try staged.stagingPath(for: name))
                names.append(name)
            }
        }
        return names
    }
}
