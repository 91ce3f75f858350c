internal import CZip
import Foundation
import ManuscriptCore

/// Writes a zip file entry by entry, with fixed entry times so the bytes depend only on the content.
///
/// Owns the libzip handle and the file: `close()` finishes the file; dropping the writer without
/// closing it, or a close that fails, removes the file. The archive is written straight into the
/// file (see `assemble_zip_sink` in CZip), so callers write it where nothing reads it before it is
/// finished: a staging or work folder. A file already at the path is unlinked first, never written
/// through: it may be a hard link to a published output.
public final class ZipWriter {
    private var archive: OpaquePointer?
    private let path: String
    private let fd: Int32
    private let sink: UnsafeMutablePointer<assemble_zip_sink>
    private let dosTime: UInt16
    private let dosDate: UInt16

    /// - parameter modified: the time stamped on every entry, as `(year, month, day, hour, minute, second)`.
    public init(path: String, modified: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)) throws {
        self.path = path
        (fd, sink, archive) = try Self.openArchive(at: path)
        // DOS times are local-zone-free fields; zip_file_set_mtime would apply the machine's time zone.
        let m = modified
        dosTime = UInt16((m.hour << 11) | (m.minute << 5) | (m.second / 2))
        dosDate = UInt16(((max(m.year, 1980) - 1980) << 9) | (m.month << 5) | m.day)
    }

    /// Bytes the sink gathers before it writes to the file: a small book's whole archive, a
    /// long one's in a few dozen writes.
    private static let bufferSize = 256 * 1024

    /// The file, the sink libzip writes it through, and the new archive; on failure, none of them.
    private static func openArchive(at path: String) throws -> (Int32, UnsafeMutablePointer<assemble_zip_sink>, OpaquePointer) {
        if unlink(path) != 0 && errno != ENOENT {
            throw ZipError("cannot replace \(path): \(String(cString: strerror(errno)))")
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw ZipError("cannot create \(path): \(String(cString: strerror(errno)))") }
        let sink = UnsafeMutablePointer<assemble_zip_sink>.allocate(capacity: 1)
        sink.initialize(to: assemble_zip_sink(fd: fd, removed: 0, error: zip_error_t(), buffer: malloc(bufferSize)!.assumingMemoryBound(to: UInt8.self),
                                              capacity: zip_uint64_t(bufferSize), buffer_start: 0, buffered: 0, position: 0, size: 0))
        zip_error_init(&sink.pointee.error)
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let source = zip_source_function_create(assemble_zip_sink_callback, sink, &error)
        if let source, let archive = zip_open_from_source(source, ZIP_CREATE | ZIP_TRUNCATE, &error) {
            return (fd, sink, archive)
        }
        let message = String(cString: zip_error_strerror(&error))
        if let source { zip_source_free(source) }
        abandon(path: path, fd: fd)
        release(sink)
        throw ZipError("cannot create \(path): \(message)")
    }

    deinit {
        if let archive {
            zip_discard(archive)
            Self.abandon(path: path, fd: fd)
        }
        Self.release(sink)  // libzip has let go of it: the archive is closed or discarded
    }

    /// Closes and removes an unfinished file.
    private static func abandon(path: String, fd: Int32) {
        Glibc.close(fd)
        unlink(path)
    }

    private static func release(_ sink: UnsafeMutablePointer<assemble_zip_sink>) {
        zip_error_fini(&sink.pointee.error)
        free(sink.pointee.buffer)
        sink.deinitialize(count: 1)
        sink.deallocate()
    }

    /// Adds an entry. `compressed: false` stores it, as EPUB requires for `mimetype`.
    public func add(_ name: String, _ data: Data, compressed: Bool = true) throws {
        try add(name, .data(data), compressed: compressed)
    }

    /// Adds a text entry as UTF-8, read where it is at `close()`: a long volume's document part is
    /// tens of megabytes.
    public func add(_ name: String, text: String, compressed: Bool = true) throws {
        try add(name, .text(text), compressed: compressed)
    }

    private func add(_ name: String, _ contents: EntryBytes.Contents, compressed: Bool) throws {
        guard let archive else { throw ZipError("\(path) is already closed") }
        guard let source = EntryBytes.source(contents, in: archive) else { throw ZipError("cannot add \(name): \(errorMessage)") }
        try add(name, source, compressed: compressed)
    }

    /// Adds an entry from a file or from bytes. A file is read by libzip at `close()`, a piece at a
    /// time, up to the size it was checked at: a large figure or attachment never sits in memory.
    public func add(_ name: String, _ contents: FileContents, compressed: Bool = true) throws {
        if case .bytes(let data) = contents { return try add(name, data, compressed: compressed) }
        guard case .file(let url, let byteCount) = contents, let archive else { throw ZipError("\(path) is already closed") }
        // libzip reads a length of 0 as "to the end of the file", whatever it has grown to by then.
        if byteCount == 0 { return try add(name, Data(), compressed: compressed) }
        guard let source = zip_source_file(archive, url.path, 0, zip_int64_t(byteCount)) else {
            throw ZipError("cannot add \(name): \(errorMessage)")
        }
        try add(name, source, compressed: compressed)
    }

    private func add(_ name: String, _ source: OpaquePointer, compressed: Bool) throws {
        guard let archive else { throw ZipError("\(path) is already closed") }
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw ZipError("cannot add \(name): \(errorMessage)")
        }
        // zlib's default level: level 9 takes several times longer for a few percent.
        let method = compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE
        guard zip_set_file_compression(archive, zip_uint64_t(index), method, compressed ? 6 : 0) == 0,
              zip_file_set_dostime(archive, zip_uint64_t(index), dosTime, dosDate, 0) == 0 else {
            throw ZipError("cannot set up \(name): \(errorMessage)")
        }
    }

    /// Writes the rest of the archive and closes the file. An archive without entries is no file:
    /// libzip writes nothing for it, and an empty file would not be a zip.
    public func close() throws {
        guard let archive else { return }
        guard zip_close(archive) == 0 else {
            let message = errorMessage
            zip_discard(archive)
            self.archive = nil
            Self.abandon(path: path, fd: fd)
            throw ZipError("cannot write \(path): \(message)")
        }
        self.archive = nil
        guard Glibc.close(fd) == 0 || errno == EINTR else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw ZipError("cannot write \(path): \(reason)")
        }
        if sink.pointee.removed != 0 { unlink(path) }
    }

    private var errorMessage: String {
        archive.flatMap { zip_strerror($0) }.map { String(cString: $0) } ?? "unknown libzip error"
    }

}
