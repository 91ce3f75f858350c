import Foundation

/// Reads a manuscript file after checking what it is: a regular file no larger than the limit. A
/// FIFO would block the read forever, a device could be endless, and a huge file would be read whole
/// before its size was refused. Errors are one line, at the place that names the file.
enum BoundedFile {
    /// A limit the edition can change: what it applies to (`figures`) and the setting that changes it.
    struct Setting {
        let things: String
        let key: String
    }

    static let figure = Setting(things: "figures", key: "file-limits.figure")
    static let attachment = Setting(things: "attachments", key: "file-limits.attachment")

    /// The file's size in bytes, once it is known to be a regular file within `limit`.
    static func checkedSize(_ url: URL, named name: String, limit: Int, setting: Setting? = nil, at location: SourceLocation) throws -> Int {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            throw AssemblyError("cannot read '\(name)': \(String(cString: strerror(errno)))", at: location)
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            let what = switch kind {
            case S_IFDIR: "a folder"
            case S_IFIFO: "a named pipe (FIFO)"
            case S_IFSOCK: "a socket"
            case S_IFCHR, S_IFBLK: "a device"
            default: "not a regular file"
            }
            throw AssemblyError("cannot read '\(name)': it is \(what), not a regular file", at: location)
        }
        let size = Int(info.st_size)
        guard size <= limit else {
            guard let setting else {
                throw AssemblyError("'\(name)' is \(NumberText.grouped(size)) bytes; the limit is \(NumberText.grouped(limit)) bytes", at: location)
            }
            throw AssemblyError("'\(name)' is \(ByteSize.described(size)); \(setting.things) may be at most \(ByteSize.described(limit)): "
                                + "raise \(setting.key) in edition.yaml to accept it", at: location)
        }
        return size
    }

    static func read(_ url: URL, named name: String, limit: Int, setting: Setting? = nil, at location: SourceLocation) throws -> Data {
        _ = try checkedSize(url, named: name, limit: limit, setting: setting, at: location)
        return try reading(name, at: location) { try Data(contentsOf: url, options: .uncached) }
    }

    /// The first `count` bytes (fewer when the file is shorter), for a check of the file's header.
    static func head(_ url: URL, count: Int, named name: String, at location: SourceLocation) throws -> Data {
        try reading(name, at: location) {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return try handle.read(upToCount: count) ?? Data()
        }
    }

    private static func reading<Result>(_ name: String, at location: SourceLocation, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch {
            // One line naming the file: never Foundation's dump of domains, codes and absolute paths.
            throw AssemblyError("cannot read '\(name)': \(reason(for: error))", at: location)
        }
    }

    static func reason(for error: Error) -> String {
        let error = error as NSError
        let posix = error.domain == NSPOSIXErrorDomain ? error : (error.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap {
            $0.domain == NSPOSIXErrorDomain ? $0 : nil
        }
        return posix.map { String(cString: strerror(Int32($0.code))) } ?? "read error"
    }
}
