import Foundation

/// The staging folders this process has open, for removal when a signal ends it.
final class LiveStagingFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: Set<URL> = []

    func insert(_ folder: URL) { lock.withLock { _ = folders.insert(folder) } }
    func remove(_ folder: URL) { lock.withLock { _ = folders.remove(folder) } }
    var all: [URL] { lock.withLock { Array(folders) } }
}
