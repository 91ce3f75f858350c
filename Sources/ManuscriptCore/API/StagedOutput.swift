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
            Self.live.insert(staging)
        } catch {
            throw AssemblyError("cannot prepare output folder \(directory.path): \(error.localizedDescription)")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: staging)
        Self.live.remove(staging)
    }

    private static let live = LiveStagingFolders()

    /// Removes the staging folders of this process, for a build ended by a signal.
    public static func removeAllStaging() {
        for folder in live.all { try? FileManager.default.removeItem(at: folder) }
    }

    /// Where to write the file that will become `name` (which may include folders) in the output folder.
    public func stagingPath(for name: String) throws -> String {
        names.append(name)
        let url = staging.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        return url.path
    }

    /// Stages a file given as bytes.
    public func write(_ data: Data, as name: String) throws {
        try data.write(to: URL(fileURLWithPath: try stagingPath(for: name)))
    }

    /// Moves every staged file into the output folder, replacing older versions; returns their names.
    public func commit() throws -> [String] {
        for name in names {
            let destination = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard rename(staging.appendingPathComponent(name).path, destination.path) == 0 else {
                throw AssemblyError("cannot move \(name) into \(directory.path): \(String(cString: strerror(errno)))")
            }
        }
        return names
    }
}
