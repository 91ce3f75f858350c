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
        // Each volume's EPUB and DOCX are built side by side. Without web pages or PDFs, which name
        // their files as they go, every volume's archives are named first and built as one batch,
        // so a small volume's fills the core a large one's leaves idle.
        let batched = pdf == nil && !formats.contains(.html)
        func namedArchives(of volume: Volume) throws -> [Archive] {
            try writers.filter { formats.contains($0.format) && (volume.layout != .form || $0.format == .docx) }.map { writer in
                let name = input.outputs.fileName(volume: volume.id, format: writer.format)
                return Archive(volume: volume, writer: writer, name: name, path: try place(name))
            }
        }
        func build(_ archives: [Archive]) throws {
            try ConcurrentWork.run(archives.map { archive in { try archive.writer.init().write(archive.volume, of: input, to: archive.path) } })
            written.names += archives.map(\.name)
        }
        if batched {
            try build(input.document.volumes.flatMap(namedArchives))
            return written
        }
        for volume in input.document.volumes {
            let archives = try namedArchives(of: volume)
            try build(archives)
            let docxPath = archives.first { $0.writer.format == .docx }?.path
            if formats.contains(.html) && volume.layout != .form {
                written.names += try WebEditionWriter().write(volume, of: input, to: place)
            }
            guard let pdf else { continue }
            let converted = try pdf.convert(volume, of: input, rewriting: docxPath.map(URL.init(fileURLWithPath:)))
            let name = input.outputs.fileName(volume: volume.id, format: .pdf)
            try FileContents.bytes(converted.data).write(to: URL(fileURLWithPath: try place(name)))
            written.names.append(name)
            written.measuredPages?.volumes[volume.id] = converted.pageCount
            written.measuredPages?.sections.merge(PDFConverter.chapterPages(of: volume, in: converted)) { first, _ in first }
        }
        return written
    }

    private struct Archive {
        let volume: Volume
        let writer: any VolumeWriter.Type
        let name: String
        let path: String
    }
}
