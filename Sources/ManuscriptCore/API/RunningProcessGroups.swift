import Foundation

/// The process groups of the children running now, so an interrupted `assemble` ends them too.
public final class RunningProcessGroups: @unchecked Sendable {
    public static let shared = RunningProcessGroups()
    private let lock = NSLock()
    private var groups: Set<pid_t> = []

    public func insert(_ group: pid_t) { lock.withLock { _ = groups.insert(group) } }
    public func remove(_ group: pid_t) { lock.withLock { _ = groups.remove(group) } }

    /// Kills every running group; safe to call from the handler of a terminating signal.
    func killAll() {
        lock.withLock { for group in groups { kill(-group, SIGKILL) } }
    }
}
