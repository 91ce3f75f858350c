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

    /// Writes the bytes to `url`; a file is copied a piece at a time.
    public func write(to url: URL) throws {
        if case .bytes(let data) = self { return try data.write(to: url) }
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let output = FileHandle(forWritingAtPath: url.path) else {
            throw AssemblyError("cannot write \(url.path): \(String(cString: strerror(errno)))")
        }
        defer { try? output.close() }
        try forEachChunk { try output.write(contentsOf: $0) }
    }
}
