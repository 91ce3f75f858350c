import Foundation

/// The bytes of a file to write: held in memory (a report, a generated image), or a checked file of
/// the manuscript that is copied as it is read, so a large figure or attachment never sits whole in
/// memory.
public enum FileContents: Sendable, Equatable {
    case bytes(Data)
    /// The first `byteCount` bytes of the file: the size it had when it was checked against its limit.
    case file(URL, byteCount: Int)

    public var byteCount: Int {
        switch self {
        case .bytes(let data): data.count
        case .file(_, let byteCount): byteCount
        }
    }

    /// Feeds the bytes to `consume` in pieces of at most 1 MiB.
    public func forEachChunk(_ consume: (Data) throws -> Void) throws {
        switch self {
        case .bytes(let data):
            try consume(data)
        case .file(let url, let byteCount):
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            var remaining = byteCount
            while remaining > 0 {
                let chunk = try handle.read(upToCount: min(remaining, 1 << 20)) ?? Data()
                guard !chunk.isEmpty else {
                    throw AssemblyError("'\(url.lastPathComponent)' became shorter while it was read")
                }
                remaining -= chunk.count
                try consume(chunk)
            }
        }
    }

    /// Writes the bytes to `url`; a file is copied a piece at a time. Not synced to disk: outputs are
    /// staged and swapped in as a whole folder, and a web edition's hundreds of pages would each wait
    /// for the disk.
    public func write(to url: URL) throws {
        func failure(_ reason: String) -> AssemblyError { AssemblyError("cannot write \(url.path): \(reason)") }
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure(String(cString: strerror(errno))) }
        do {
            try forEachChunk { chunk in
                try chunk.withUnsafeBytes { bytes in
                    var offset = 0
                    while offset < bytes.count {
                        let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                        if written < 0 && errno == EINTR { continue }
                        guard written >= 0 else { throw failure(String(cString: strerror(errno))) }
                        guard written > 0 else { throw failure("the disk took no more bytes") }
                        offset += written
                    }
                }
            }
        } catch {
            close(fd)
            throw error
        }
        // Some file systems (NFS, a full quota) report a failed write only here. Not retried on
        // EINTR: Linux has closed the descriptor either way.
        guard close(fd) == 0 || errno == EINTR else { throw failure(String(cString: strerror(errno))) }
    }
}
