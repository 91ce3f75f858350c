internal import CZip
import Foundation
import ManuscriptCore

/// Writes a zip file entry by entry, with fixed entry times so the bytes depend only on the content.
///
/// Owns the libzip handle: `close()` writes the file; dropping the writer without closing discards it.
public final class ZipWriter {
    private var archive: OpaquePointer?
    private let path: String
    private let dosTime: UInt16
    private let dosDate: UInt16

    /// - parameter modified: the time stamped on every entry, as `(year, month, day, hour, minute, second)`.
    public init(path: String, modified: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)) throws {
        self.path = path
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error) else {
            throw ZipError("cannot create \(path): \(Self.message(forCode: error))")
        }
        self.archive = archive
        // DOS times are local-zone-free fields; zip_file_set_mtime would apply the machine's time zone.
        let m = modified
        dosTime = UInt16((m.hour << 11) | (m.minute << 5) | (m.second / 2))
        dosDate = UInt16(((max(m.year, 1980) - 1980) << 9) | (m.month << 5) | m.day)
    }

    deinit {
        if let archive { zip_discard(archive) }
    }

    /// Adds an entry. `compressed: false` stores it, as EPUB requires for `mimetype`.
    public func add(_ name: String, _ data: Data, compressed: Bool = true) throws {
        guard let archive else { throw ZipError("\(path) is already closed") }
        // libzip reads the buffer only at zip_close, so it gets its own malloc'd copy to free.
        let buffer = malloc(max(data.count, 1))!
        data.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { memcpy(buffer, base, data.count) }
        }
        guard let source = zip_source_buffer(archive, buffer, zip_uint64_t(data.count), 1) else {
            free(buffer)
            throw ZipError("cannot add \(name): \(errorMessage)")
        }
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

    /// Writes the archive to disk.
    public func close() throws {
        guard let archive else { return }
        guard zip_close(archive) == 0 else {
            let message = errorMessage
            zip_discard(archive)
            self.archive = nil
            throw ZipError("cannot write \(path): \(message)")
        }
        self.archive = nil
    }

    private var errorMessage: String {
        archive.flatMap { zip_strerror($0) }.map { String(cString: $0) } ?? "unknown libzip error"
    }

    static func message(forCode code: Int32) -> String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error))
    }
}
