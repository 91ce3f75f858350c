import Foundation

/// A folder under the system's temporary directory, removed when the value is released, or when the
/// test process exits for one a shared build keeps (a static cache is never released).
public final class TemporaryFolder {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("assemble-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        LiveFolders.add(url)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
        LiveFolders.remove(url)
    }

    /// Writes files given as relative path → content, creating folders as needed.
    public func write(_ files: [String: String]) throws {
        for (path, text) in files { try write(path, Data(text.utf8)) }
    }

    /// Writes with close-on-exec: tests run in parallel, and a descriptor inherited by another test's
    /// child process would keep a script "busy" (ETXTBSY) for as long as that child lives.
    public func write(_ path: String, _ data: Data) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path]) }
        defer { close(fd) }
        try data.withUnsafeBytes { buffer in
            guard buffer.count == 0 || Foundation.write(fd, buffer.baseAddress!, buffer.count) == buffer.count else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
            }
        }
    }
}
