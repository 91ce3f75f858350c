import AssemblyTestSupport
import CZip
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

    /// The writer gathers bytes in a buffer and flushes it (see CZip's sink), and libzip reads each
    /// entry from the writer's own string or data (`EntryBytes`); entries larger than the buffer,
    /// headers rewritten after a flush, hundreds of small entries, text and empty entries must still
    /// come out as the very bytes libzip writes into a file of its own from buffers it owns.
    @Test func bufferedWritesMakeTheBytesLibzipWritesItself() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func noise(_ count: Int) -> Data {  // incompressible, so deflated data outgrows the buffer too
            Data((0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 33)
            })
        }
        var entries: [(name: String, data: Data, compressed: Bool)] = [
            ("mimetype", Data("application/epub+zip".utf8), false),
            ("stored.bin", noise(600_000), false),
            ("deflated.bin", noise(700_000), true),
            ("text.xhtml", Data(String(repeating: "地域福祉計画。", count: 30_000).utf8), true),
            ("empty.txt", Data(), true),
        ]
        for index in 0..<300 { entries.append(("small/\(index).txt", Data("entry \(index)".utf8), index % 2 == 0)) }

        let path = folder.url.appendingPathComponent("buffered.zip").path
        let zip = try ZipWriter(path: path, modified: time)
        for (index, entry) in entries.enumerated() {
            if index % 3 == 0 {  // text: the mimetype, the long page, small strings held inline
                try zip.add(entry.name, text: String(decoding: entry.data, as: UTF8.self), compressed: entry.compressed)
            } else {
                try zip.add(entry.name, entry.data, compressed: entry.compressed)
            }
        }
        try zip.close()

        let reference = folder.url.appendingPathComponent("libzip.zip").path
        try writeWithLibzipsOwnFile(entries, to: reference)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.count > 1_300_000)
        #expect(written == (try Data(contentsOf: URL(fileURLWithPath: reference))))
        let reader = try ZipReader(path: path)
        #expect(reader.entries.map(\.name) == entries.map(\.name))
        #expect(try reader.data(named: "deflated.bin") == entries[2].data)
    }

    /// The same entries through `zip_open` on a path, libzip's own file source.
    private func writeWithLibzipsOwnFile(_ entries: [(name: String, data: Data, compressed: Bool)], to path: String) throws {
        var error: Int32 = 0
        let archive = try #require(zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error))
        let dosTime = UInt16((time.hour << 11) | (time.minute << 5) | (time.second / 2))
        let dosDate = UInt16(((time.year - 1980) << 9) | (time.month << 5) | time.day)
        for entry in entries {
            let buffer = malloc(max(entry.data.count, 1))!
            entry.data.withUnsafeBytes { _ = memcpy(buffer, $0.baseAddress!, entry.data.count) }
            let source = try #require(zip_source_buffer(archive, buffer, zip_uint64_t(entry.data.count), 1))
            let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            #expect(index >= 0)
            #expect(zip_set_file_compression(archive, zip_uint64_t(index), entry.compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                             entry.compressed ? 6 : 0) == 0)
            #expect(zip_file_set_dostime(archive, zip_uint64_t(index), dosTime, dosDate, 0) == 0)
        }
        #expect(zip_close(archive) == 0)
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
