import Foundation

/// `body(0) … body(count - 1)` on every core, the results in index order.
///
/// Why not a task group: the work is CPU-bound and synchronous, and the caller is too; a
/// concurrent loop over indices with one slot per result needs no actor and no ordering after.
enum ParallelMap {
    static func run<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, body(i)) }
        return slots.values()
    }

    /// One slot per index, each written by exactly one iteration; read after all have finished.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private var storage: [T?]
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ value: T) {
            lock.lock()
            storage[i] = value
            lock.unlock()
        }

        /// Every slot is written before this is read (`concurrentPerform` returns when all iterations have).
        func values() -> [T] { storage.compactMap { $0 } }
    }
}
