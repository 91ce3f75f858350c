import Foundation

/// Writes a build's files into a hidden staging folder inside the output folder, then moves them into
/// place together only when all were written. A failed build leaves the previous outputs as they were.
///
/// Each move is a rename within one file system, so a reader never sees a half-written file.
public final class StagedOutput {
    public let directory: URL
    private let staging: URL
    private var names: [String] = []

    public init(directory: URL) throws {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            staging = directory.appendingPathComponent(".staging-\(ProcessInfo.processInfo.processIdentifier)")
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw AssemblyError("cannot prepare output folder \(directory.path): \(error.localizedDescription)")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Where to write the file that will become `name` in the output folder.
    public func stagingPath(for name: String) -> String {
        names.append(name)
        return staging.appendingPathComponent(name).path
    }

    /// Moves every staged file into the output folder, replacing older versions.
    public func commit() throws -> [URL] {
        var written: [URL] = []
        for name in names {
            let destination = directory.appendingPathComponent(name)
            guard rename(staging.appendingPathComponent(name).path, destination.path) == 0 else {
                throw AssemblyError("cannot move \(name) into \(directory.path): \(String(cString: strerror(errno)))")
            }
            written.append(destination)
        }
        return written
    }
}
