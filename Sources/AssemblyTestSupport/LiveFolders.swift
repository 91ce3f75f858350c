import Foundation

/// The temporary folders not yet released, removed when the test process exits.
enum LiveFolders {
    private static let lock = NSLock()
    private nonisolated(unsafe) static var urls: Set<URL> = []
    private static let removalAtExit: Void = { atexit { LiveFolders.removeAll() } }()

    static func add(_ url: URL) {
        lock.withLock {
            _ = removalAtExit
            _ = urls.insert(url)
        }
    }

    static func remove(_ url: URL) {
        lock.withLock { _ = urls.remove(url) }
    }

    /// Skipped when another thread holds the lock at exit: waiting for it could hang the exit.
    private static func removeAll() {
        guard lock.try() else { return }
        defer { lock.unlock() }
        for url in urls { try? FileManager.default.removeItem(at: url) }
        urls = []
    }
}
