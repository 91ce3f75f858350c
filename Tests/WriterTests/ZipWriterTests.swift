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
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype", "the first entry's name, no extra field before its data")
    }

    @Test func anArchiveDroppedBeforeItIsClosedLeavesNoFile() throws {
        let path = folder.url.appendingPathComponent("unfinished.docx").path
        do {
            let zip = try ZipWriter(path: path, modified: time)
            try zip.add("word/document.xml", text: "<w:document/>")
            #expect(FileManager.default.fileExists(atPath: path))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
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
