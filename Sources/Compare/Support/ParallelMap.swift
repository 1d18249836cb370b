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

    /// `body(worker, index)` for every index below `count`, on `workers` workers (one iteration of
    /// `concurrentPerform` each) that take the next index as they come free: each worker is given a
    /// number of its own, so what it holds for itself is touched by no other core while it runs.
    static func run<T: Sendable>(count: Int, workers: Int, _ body: @Sendable (Int, Int) -> T) -> [T] {
        let workers = Swift.max(1, Swift.min(workers, count))
        guard workers > 1 else { return (0..<count).map { body(0, $0) } }
        let slots = Slots<T>(count: count)
        let next = Ticket()
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            while let i = next.take(below: count) { slots.set(i, body(w, i)) }
        }
        return slots.values()
    }

    /// The next index to hand out.
    private final class Ticket: @unchecked Sendable {
        private var next = 0
        private let lock = NSLock()

        func take(below count: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
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
