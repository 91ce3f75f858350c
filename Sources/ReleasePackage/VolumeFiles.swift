import DOCXWriter
import EPUBWriter
import ManuscriptCore

/// Writes every volume in the chosen formats: what `build` and the release package share.
public enum VolumeFiles {
    static let writers: [any VolumeWriter.Type] = [EPUBWriter.self, DOCXWriter.self]

    /// Writes each volume in each of `formats` (a form only as DOCX, the format people fill in) to the
    /// path `place` gives for its file name; returns the file names in volume order.
    @discardableResult
    public static func write(_ input: RenderInput, formats: [OutputSettings.Format], to place: (String) throws -> String) throws -> [String] {
        var names: [String] = []
        for volume in input.document.volumes {
            for writer in writers where formats.contains(writer.format) && (volume.layout != .form || writer.format == .docx) {
                let name = input.outputs.fileName(volume: volume.id, format: writer.format)
                try writer.init().write(volume, of: input, to: try place(name))
                names.append(name)
            }
        }
        return names
    }
}
