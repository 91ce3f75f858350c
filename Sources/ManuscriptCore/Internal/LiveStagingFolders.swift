import Foundation

/// The staging folders this process has open, for removal when a signal ends it. The swap holds the
/// same lock, so a signal never removes a folder while it is being swapped in.
final class LiveStagingFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: Set<URL> = []

    func insert(_ folder: URL) { lock.withLock { _ = folders.insert(folder) } }
    func remove(_ folder: URL) { lock.withLock { _ = folders.remove(folder) } }
    func withEach(_ body: (URL) -> Void) { lock.withLock { folders.forEach(body) } }

    /// Removes every folder, for the handler of a terminating signal.
    func removeEach() { withEach(Self.removeWhileInUse) }

    /// A build may still be writing into the folder: renamed first, its paths stop resolving, so
    /// nothing new appears in it while it is deleted (deleting in place left half-written sites).
    /// The new name keeps the old as its prefix, so the clean-up of abandoned folders finds it.
    static func removeWhileInUse(_ folder: URL) {
        let doomed = folder.path + ".removing"
        if rename(folder.path, doomed) == 0 {
            try? FileManager.default.removeItem(atPath: doomed)
        } else {
            try? FileManager.default.removeItem(at: folder)
        }
    }
    func withLock<T>(_ body: () throws -> T) rethrows -> T { try lock.withLock(body) }
}
