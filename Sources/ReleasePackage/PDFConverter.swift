import DOCXWriter
import Foundation
import ManuscriptCore
import PDFOutput

/// Makes a volume's PDF from its DOCX in the run's LibreOffice, then writes the DOCX again with the
/// PDF's page numbers in its cached table of contents, so Word shows the pages the PDF has.
public struct PDFConverter {
    public let session: OfficeSession

    public init(session: OfficeSession) { self.session = session }

    /// Converts the DOCX at `docx` (written from `volume`) and returns the PDF with its facts.
    func convert(_ volume: Volume, of input: RenderInput, docx: URL, rewritingDOCX: Bool) throws -> ConvertedPDF {
        let pdf = try session.convert(docx, date: input.date, headings: Self.headings(of: volume))
        if rewritingDOCX {
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
