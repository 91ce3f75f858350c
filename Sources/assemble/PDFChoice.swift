import ArgumentParser
import Foundation
import ManuscriptCore
import PDFOutput
import ReleasePackage

/// Whether a run makes PDFs: `--pdf` requires LibreOffice, `--no-pdf` skips it, and by default PDFs
/// are made when the edition's formats include `pdf` and LibreOffice is installed (else a note).
enum PDFChoice {
    /// The run's LibreOffice session, or nil when no PDFs are to be made.
    static func session(requested: Bool?, formats: [OutputSettings.Format]) throws -> OfficeSession? {
        if requested == false || (requested == nil && !formats.contains(.pdf)) { return nil }
        guard let tools = OfficeSession.locate() else {
            if requested == true { throw AssemblyError("--pdf asks for PDF volumes, and \(OfficeSession.missingNote)") }
            FileHandle.standardError.write(Data("note: \(OfficeSession.missingNote)\n".utf8))
            return nil
        }
        return try OfficeSession(tools: tools)
    }
}
