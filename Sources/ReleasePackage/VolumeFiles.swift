import DOCXWriter
import EPUBWriter
import Foundation
import ManuscriptCore
import PDFOutput
import WebEdition

/// Writes every volume in the chosen formats: what `build` and the release package share, so both
/// make the same PDFs from the same DOCX files.
public enum VolumeFiles {
    static let writers: [any VolumeWriter.Type] = [EPUBWriter.self, DOCXWriter.self]

    /// What was written: the file names in volume order, and the PDFs' pages when PDFs were made.
    public struct Written {
        public var names: [String] = []
        public var measuredPages: MeasuredPages?
    }

    /// Writes each volume in each of `formats` (a form only as DOCX and PDF, the formats people fill
    /// in or print; the web edition as a folder of pages, ``WebEditionWriter``) to the path `place` gives for its file name. PDFs are made when `pdf` is given
    /// and `formats` holds `.pdf`.
    @discardableResult
    public static func write(_ input: RenderInput, formats: [OutputSettings.Format], pdf: PDFConverter? = nil,
                             to place: (String) throws -> String) throws -> Written {
        var written = Written()
        let pdf = formats.contains(.pdf) ? pdf : nil
        if pdf != nil { written.measuredPages = MeasuredPages() }
        for volume in input.document.volumes {
            var docxPath: String?
            for writer in writers where formats.contains(writer.format) && (volume.layout != .form || writer.format == .docx) {
                let name = input.outputs.fileName(volume: volume.id, format: writer.format)
                let path = try place(name)
                try writer.init().write(volume, of: input, to: path)
                if writer.format == .docx { docxPath = path }
                written.names.append(name)
            }
            if formats.contains(.html) && volume.layout != .form {
                written.names += try WebEditionWriter().write(volume, of: input, to: place)
            }
            guard let pdf else { continue }
            let converted = try pdf.convert(volume, of: input, rewriting: docxPath.map(URL.init(fileURLWithPath:)))
            let name = input.outputs.fileName(volume: volume.id, format: .pdf)
            try converted.data.write(to: URL(fileURLWithPath: try place(name)))
            written.names.append(name)
            written.measuredPages?.volumes[volume.id] = converted.pageCount
            written.measuredPages?.sections.merge(PDFConverter.chapterPages(of: volume, in: converted)) { first, _ in first }
        }
        return written
    }
}
