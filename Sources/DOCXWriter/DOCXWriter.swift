import Foundation
import ManuscriptCore
import ZipArchive

/// Writes a volume as a Word document (DOCX): A4, Japanese fonts, built-in heading styles for the
/// navigation pane and table of contents, a table style with repeating header rows, and core properties.
public struct DOCXWriter: VolumeWriter {
    public static let format = OutputSettings.Format.docx

    /// The printed page of each heading (by section or block id), for the cached table of contents.
    public var pageNumbers: [String: Int]

    /// The format of the other volumes' files that references to them link to: `.pdf` in the DOCX a
    /// PDF is made from, so the PDF's links lead to the other PDFs.
    public var linkedFormat: OutputSettings.Format

    public init() { self.init(pageNumbers: [:]) }

    public init(pageNumbers: [String: Int], linkedFormat: OutputSettings.Format = .docx) {
        self.pageNumbers = pageNumbers
        self.linkedFormat = linkedFormat
    }

    public func write(_ volume: Volume, of input: RenderInput, to path: String) throws {
        var body = WordBody(volume: volume, input: input)
        body.pageNumbers = pageNumbers
        body.linkedFormat = linkedFormat
        let documentXML = body.document()
        let package = WordPackage(volume: volume, input: input, body: body)
        let zip = try ZipWriter(path: path, modified: input.date.utcFields)
        try zip.add("[Content_Types].xml", Data(package.contentTypes().utf8))
        try zip.add("_rels/.rels", Data(WordPackage.packageRelationships.utf8))
        try zip.add("docProps/core.xml", Data(package.coreProperties().utf8))
        try zip.add("docProps/app.xml", Data(WordPackage.appProperties.utf8))
        try zip.add("word/document.xml", text: documentXML)
        try zip.add("word/_rels/document.xml.rels", Data(package.documentRelationships().utf8))
        try zip.add("word/styles.xml", Data(WordStyles.xml(language: input.document.edition.wordLanguage).utf8))
        try zip.add("word/numbering.xml", Data(body.numbering.xml().utf8))
        try zip.add("word/settings.xml", Data(WordPackage.settings(language: input.document.edition.wordLanguage).utf8))
        try zip.add("word/fontTable.xml", Data(WordStyles.fontTable.utf8))
        try zip.add("word/footer1.xml", Data(WordPackage.footer.utf8))
        try zip.add("word/footer2.xml", Data(WordPackage.firstPageFooter.utf8))
        try zip.add("word/footnotes.xml", Data(WordFootnotes.xml(body.footnotes).utf8))
        for image in body.images {
            try zip.add("word/media/\(image.fileName)", try input.asset(image.source))
        }
        for chart in body.charts {
            try zip.add(chart.partName, Data(chart.xml().utf8))
        }
        try zip.close()
    }
}

extension Edition {
    /// Word wants a region: `ja` becomes `ja-JP`.
    var wordLanguage: String { language == "ja" ? "ja-JP" : language }
}
