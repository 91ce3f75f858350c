import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

/// The zip writer writes straight into its file: a finished archive reads back entry for entry,
/// and one that is never finished leaves no file behind.
struct ZipWriterTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    let time = (year: 2026, month: 3, day: 19, hour: 0, minute: 0, second: 0)

    @Test func aClosedArchiveReadsBackEveryEntryAsWritten() throws {
        let path = folder.url.appendingPathComponent("book.epub").path
        // Deflated in many pieces; each entry's local header is written again once its sizes are known.
        let long = String(repeating: "地域共生社会の実現に向けて。", count: 40_000)
        let zip = try ZipWriter(path: path, modified: time)
        try zip.add("mimetype", Data("application/epub+zip".utf8), compressed: false)
        try zip.add("EPUB/long.xhtml", text: long)
        try zip.add("EPUB/empty.txt", Data())
        try zip.close()

        let reader = try ZipReader(path: path)
        #expect(reader.entries.map(\.name) == ["mimetype", "EPUB/long.xhtml", "EPUB/empty.txt"])
        #expect(reader.entries.first?.isStored == true)
        #expect(try reader.text(named: "EPUB/long.xhtml") == long)
        #expect(try reader.data(named: "EPUB/empty.txt").isEmpty)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // The first local header: its name, no extra field, then the stored bytes, as OCF requires.
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(bytes[28..<30] == Data([0, 0]))
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<58], as: UTF8.self) == "application/epub+zip")
    }

    @Test func anArchiveDroppedBeforeItIsClosedLeavesNoFile() throws {
        let path = folder.url.appendingPathComponent("unfinished.docx").path
        do {
            let zip = try ZipWriter(path: path, modified: time)
            try withExtendedLifetime(zip) {
                try zip.add("word/document.xml", text: "<w:document/>")
                #expect(FileManager.default.fileExists(atPath: path))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aCloseThatFailsLeavesNoFile() throws {
        let path = folder.url.appendingPathComponent("release.zip").path
        try folder.write("attachment.pdf", Data(repeating: 0x25, count: 100))
        let attachment = folder.url.appendingPathComponent("attachment.pdf")
        let zip = try ZipWriter(path: path, modified: time)
        try zip.add("release/attachment.pdf", .file(attachment, byteCount: 100))
        try FileManager.default.removeItem(at: attachment)  // read only at close
        #expect(throws: ZipError.self) { try zip.close() }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func anArchiveWithoutEntriesIsNoFile() throws {
        let path = folder.url.appendingPathComponent("empty.zip").path
        try ZipWriter(path: path, modified: time).close()
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileAlreadyThereIsReplacedNotWrittenThrough() throws {
        let path = folder.url.appendingPathComponent("book.epub").path
        let published = folder.url.appendingPathComponent("published.epub").path
        try folder.write("published.epub", Data("the old book".utf8))
        #expect(link(published, path) == 0)
        let zip = try ZipWriter(path: path, modified: time)
        try zip.add("mimetype", Data("application/epub+zip".utf8), compressed: false)
        try zip.close()
        #expect(try String(contentsOfFile: published, encoding: .utf8) == "the old book")
        #expect(try ZipReader(path: path).entries.map(\.name) == ["mimetype"])
    }

    @Test func aFolderThatCannotHoldTheFileIsReportedWithThePath() throws {
        let path = folder.url.appendingPathComponent("missing/book.epub").path
        #expect {
            _ = try ZipWriter(path: path, modified: time)
        } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("No such file")
        }
    }
}
