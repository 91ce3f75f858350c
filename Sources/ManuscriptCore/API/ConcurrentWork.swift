import Dispatch
import Foundation

/// Independent pieces of work spread over the machine's cores: the archives of a volume, the
/// sections of a long manuscript. Results keep the order of the input, and an error is the first
/// piece's (in that order) that failed, so what a run prints never depends on timing.
public enum ConcurrentWork {
    /// `transform` of every item, computed concurrently.
    public static func map<Item, Result>(_ items: [Item], _ transform: (Item) throws -> Result) throws -> [Result] {
        guard items.count > 1 else { return try items.map(transform) }
        let results = Results<Result>(count: items.count)
        perform(items.count) { index in results.set(index, Swift.Result { try transform(items[index]) }) }
        return try results.values()
    }

    /// `transform` of every item, computed concurrently.
    public static func map<Item, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result] {
        try! map(items) { item throws in transform(item) }  // nothing can throw
    }

    /// Runs every job concurrently; returns when all have ended.
    public static func run(_ jobs: [() throws -> Void]) throws {
        _ = try map(jobs) { try $0() }
    }

    /// Runs every job concurrently; returns when all have ended.
    public static func run(_ jobs: [() -> Void]) {
        perform(jobs.count) { jobs[$0]() }
    }

    private static func perform(_ count: Int, _ body: (Int) -> Void) {
        withoutActuallyEscaping(body) { body in
            let work = UncheckedWork(run: body)
            DispatchQueue.concurrentPerform(iterations: count) { work.run($0) }
        }
    }

    /// Each item's result, written once from its own thread.
    private final class Results<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Swift.Result<Value, any Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Swift.Result<Value, any Error>) { lock.withLock { slots[index] = result } }

        func values() throws -> [Value] { try slots.map { try $0!.get() } }
    }

    /// The work of one index. `concurrentPerform` returns only after every iteration has ended, so
    /// the closure (and what it captures) never outlives the call.
    private struct UncheckedWork: @unchecked Sendable {
        let run: (Int) -> Void
    }
}
