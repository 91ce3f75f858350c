import Foundation

/// The events waiting for one open page, newest kept when it falls behind: the connection's
/// thread takes them in order and writes them out.
final class EventQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [[UInt8]] = []
    private var closed = false
    private let capacity: Int
    /// Called once, when the queue closes: the channel stops sending to it.
    var onClose: (() -> Void)?

    init(capacity: Int = 16) { self.capacity = capacity }

    func push(_ bytes: [UInt8]) {
        condition.withLock {
            guard !closed else { return }
            pending.append(bytes)
            if pending.count > capacity { pending.removeFirst(pending.count - capacity) }
            condition.signal()
        }
    }

    /// The next event, waiting for one; nil once the queue is closed.
    func next() -> [UInt8]? {
        condition.withLock {
            while pending.isEmpty && !closed { condition.wait() }
            return pending.isEmpty ? nil : pending.removeFirst()
        }
    }

    func close() {
        let ended: (() -> Void)? = condition.withLock {
            guard !closed else { return nil }
            closed = true
            condition.broadcast()
            defer { onClose = nil }
            return onClose
        }
        ended?()
    }
}
