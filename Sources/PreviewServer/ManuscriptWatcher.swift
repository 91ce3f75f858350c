import Foundation

/// Polls a manuscript folder and calls `changed` once the files have settled after a save.
///
/// Polling (every `interval`) rather than inotify: it sees atomic saves, renames, deletions and
/// folders made later alike, and a manuscript is a few dozen files. A change is handled once two
/// polls `settle` apart agree, so a file still being written is not built half-saved (and if it
/// is, the next save builds again). `changed` runs on the watcher's own thread, one at a time; a
/// save made while it runs is seen by the next poll, since the snapshot is taken before the call.
public final class ManuscriptWatcher: @unchecked Sendable {
    private let folder: URL
    private let interval: TimeInterval
    private let settle: TimeInterval
    private let changed: @Sendable () -> Void
    private var thread: Thread?

    public init(folder: URL, interval: TimeInterval = 0.03, settle: TimeInterval = 0.03, changed: @escaping @Sendable () -> Void) {
        self.folder = folder
        self.interval = interval
        self.settle = settle
        self.changed = changed
    }

    /// Starts polling from the folder as it is now; the first build is the caller's.
    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = "manuscript-watcher"
        thread.start()
        self.thread = thread
    }

    private func run() {
        var seen = FolderSnapshot(of: folder)
        while true {
            Thread.sleep(forTimeInterval: interval)
            var now = FolderSnapshot(of: folder)
            guard now != seen else { continue }
            // Wait until two polls agree: an editor's save may be several writes and a rename.
            while true {
                Thread.sleep(forTimeInterval: settle)
                let again = FolderSnapshot(of: folder)
                if again == now { break }
                now = again
            }
            seen = now
            changed()
        }
    }
}
