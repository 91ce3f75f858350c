import Foundation

/// One piece of work on a thread of its own, waited for once.
final class BackgroundWork: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () -> Void) {
        let done = done
        let thread = Thread {
            work()
            done.signal()
        }
        thread.stackSize = 8 << 20  // as the main thread's: writers recurse into nested callouts
        thread.start()
    }

    /// Returns when the work has ended; call it once.
    func wait() { done.wait() }
}
