import Foundation

/// Many plans at once: an office above checking its subordinates' plans, or an evaluator a
/// province's. Every plan is read first (one that cannot be read stops the run before anything is
/// written, as the main job does); the references they follow are prepared once; then the plans are
/// aligned and checked on every core. The results come back in the order the paths were given,
/// whatever order the workers finish in.
extension Pipeline {
    public func check(paths: [String]) throws -> [CheckedPlan] {
        // Read and parsed on every core too; the first error in the order given is the one reported.
        let loaded = ParallelMap.run(count: paths.count) { i in Result { try PlanLoader.load(path: paths[i]) } }
        return try check(plans: loaded.map { try $0.get() })
    }

    /// Texts already read (a benchmark's, or a caller's own), parsed on every core, then checked.
    public func check(sources: [SourceText]) throws -> [CheckedPlan] {
        let parsed = ParallelMap.run(count: sources.count) { i in
            Result { () throws(InputError) -> Plan in try PlanLoader.plan(sources[i], path: sources[i].name) }
        }
        return try check(plans: parsed.map { try $0.get() })
    }

    public func check(plans: [Plan]) throws -> [CheckedPlan] {
        // What the workers share is prepared here, on one thread: the pipeline's caches are not
        // for concurrent use, and what they hold is immutable once built.
        let choices = try plans.map { try choice(for: $0) }
        let prepared = try choices.map { choice -> (ReferenceIndex, CheckReference) in
            (index(choice.reference), try checkReference(choice.reference))
        }
        let (topics, topicList) = (self.topics(), self.topicList())
        return ParallelMap.run(count: plans.count) { i in
            Self.check(Self.align(plans[i], choice: choices[i], index: prepared[i].0, topics: topics), against: prepared[i].1, topics: topicList)
        }
    }
}

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
