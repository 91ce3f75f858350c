import Foundation
import ManuscriptCore
import ZipArchive

/// Writes a volume as an EPUB 3 book: one XHTML file per section, a navigation document, and package
/// metadata including EPUB Accessibility 1.1 discovery metadata.
public struct EPUBWriter: VolumeWriter {
    public static let format = OutputSettings.Format.epub

    public init() {}

    public func write(_ volume: Volume, of input: RenderInput, to path: String) throws {
        let book = EPUBBook(volume: volume, input: input)
        let zip = try ZipWriter(path: path, modified: input.date.utcFields)
        // OCF: `mimetype` first, stored, so readers can identify the file from its first bytes.
        try zip.add("mimetype", Data("application/epub+zip".utf8), compressed: false)
        try zip.add("META-INF/container.xml", Data(EPUBBook.container.utf8))
        for file in try book.files() {
            switch file.body {
            case .text(let text): try zip.add("EPUB/" + file.name, text: text)
            case .contents(let contents): try zip.add("EPUB/" + file.name, contents)
            }
        }
        try zip.close()
    }
}
