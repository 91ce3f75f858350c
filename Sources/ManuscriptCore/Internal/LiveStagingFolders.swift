import Foundation

/// The staging folders this process has open, for removal when a signal ends it. The swap holds the
/// same lock, so a signal never removes a folder while it is being swapped in.
final class LiveStagingFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: Set<URL> = []

    func insert(_ folder: URL) { lock.withLock { _ = folders.insert(folder) } }
    func remove(_ folder: URL) { lock.withLock { _ = folders.remove(folder) } }
    func withEach(_ body: (URL) -> Void) { lock.withLock { folders.forEach(body) } }
    func withLock<T>(_ body: () throws -> T) rethrows -> T { try lock.withLock(body) }
}
