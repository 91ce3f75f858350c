import Foundation

/// Reads a manuscript file after checking what it is: a regular file no larger than the limit. A
/// FIFO would block the read forever, a device could be endless, and a huge file would be read whole
/// before its size was refused. Errors are one line, at the place that names the file.
enum BoundedFile {
    /// Figures and attachments: far above a printed plan's images, far below memory trouble.
    static let maximumBinaryBytes = 64 * 1024 * 1024

    static func read(_ url: URL, named name: String, limit: Int, at location: SourceLocation) throws -> Data {
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
        guard Int(info.st_size) <= limit else {
            throw AssemblyError("'\(name)' is \(Int(info.st_size).formatted()) bytes; the limit is \(limit.formatted()) bytes", at: location)
        }
        do {
            return try Data(contentsOf: url, options: .uncached)
        } catch let error as CocoaError {
            let reason = (error.userInfo[NSUnderlyingErrorKey] as? POSIXError).map { String(cString: strerror($0.code.rawValue)) } ?? "read error"
            throw AssemblyError("cannot read '\(name)': \(reason)", at: location)
        }
    }
}
