import DOCXWriter
import Foundation
import ManuscriptCore
import PDFOutput

/// Makes a volume's PDF from a DOCX of it in the run's LibreOffice, then writes the volume's DOCX again
/// with the PDF's page numbers in its cached table of contents, so Word shows the pages the PDF has.
public struct PDFConverter {
    public let session: OfficeSession

    public init(session: OfficeSession) { self.session = session }

    /// Converts the volume through a DOCX of its own (whose references to other volumes link to
    /// their PDFs) and, when `docx` is given, writes that DOCX again with the PDF's page numbers.
    func convert(_ volume: Volume, of input: RenderInput, rewriting docx: URL?) throws -> ConvertedPDF {
        let source = session.scratch.appendingPathComponent(input.outputs.fileName(volume: volume.id, format: .docx))
        try DOCXWriter(pageNumbers: [:], linkedFormat: .pdf).write(volume, of: input, to: source.path)
        defer { try? FileManager.default.removeItem(at: source) }
        let pdf = try session.convert(source, date: input.date, headings: Self.headings(of: volume))
        if let docx {
            try DOCXWriter(pageNumbers: pdf.headingPages).write(volume, of: input, to: docx.path)
        }
        return pdf
    }

    /// The headings the table of contents lists, in reading order: chapters, and headings with ids.
    static func headings(of volume: Volume) -> [PDFHeading] {
        volume.sections.flatMap { section in
            [PDFHeading(id: section.id, text: section.displayTitle, startsPage: true)]
                + section.blocks.compactMap { block in
                    guard case .heading(let heading) = block.content, let id = block.id else { return nil }
                    return PDFHeading(id: id, text: heading.text.plainText, startsPage: false)
                }
        }
    }

    /// Each chapter's pages run from its first page to the next chapter's (the last one's to the end).
    static func chapterPages(of volume: Volume, in pdf: ConvertedPDF) -> [String: Int] {
        let starts = volume.sections.compactMap { section in pdf.headingPages[section.id].map { (section.id, $0) } }
        var pages: [String: Int] = [:]
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].1 : pdf.pageCount + 1
            pages[start.0] = end - start.1
        }
        return pages
    }
}
