import Foundation
import ManuscriptCore
import Testing

/// Work spread over the cores must print the same as work done in order: results in the input's
/// order, and the first failure in that order, whichever thread finished first.
struct ConcurrentWorkTests {
    struct Failure: Error, Equatable { let item: Int }

    @Test func resultsKeepTheOrderOfTheInput() throws {
        let items = Array(0..<500)
        // Early items sleep a little so that later ones finish first.
        let slow: (Int) -> Int = { item in
            if item < 4 { usleep(2_000) }
            return item * item
        }
        #expect(ConcurrentWork.map(items, slow) == items.map { $0 * $0 })
        #expect(try ConcurrentWork.map(items) { item throws in slow(item) } == items.map { $0 * $0 })
    }

    @Test func theFirstFailureInInputOrderIsTheOneThrown() {
        #expect(throws: Failure(item: 3)) {
            _ = try ConcurrentWork.map(Array(0..<100)) { item in
                if item == 3 { usleep(5_000) }  // fails last in time, first in order
                if item == 3 || item == 70 { throw Failure(item: item) }
                return item
            }
        }
    }

    @Test func everyJobRuns() {
        let lock = NSLock()
        var ran: Set<Int> = []
        ConcurrentWork.run((0..<20).map { job in { lock.withLock { _ = ran.insert(job) } } })
        #expect(ran == Set(0..<20))
    }
}
