import Foundation

/// Many plans at once: an office above checking its subordinates' plans, or an evaluator a
/// country's. The plans go through in chunks: each chunk is read and parsed on every core, the
/// references its plans follow are prepared (once a run), then it is aligned and checked on every
/// core, each result turned into what the caller keeps (`make`, on the workers too), and handed
/// over in the order the paths were given (`take`). Then the chunk is let go.
///
/// Why chunks: memory holds one chunk's plans, not the corpus's (a country's 30,000 plans would
/// not fit), while each parallel step still has hundreds of plans to share out.
extension Pipeline {
    /// Plans a chunk: enough to keep every core busy between the two parallel steps.
    public static let chunk = 256

    /// Thread CPU seconds one plan took in each stage.
    public struct StageTimes: Sendable {
        public var readAndParse = 0.0
        public var align = 0.0
        public var check = 0.0

        public init() {}

        public static func + (a: StageTimes, b: StageTimes) -> StageTimes {
            var sum = StageTimes()
            sum.readAndParse = a.readAndParse + b.readAndParse
            sum.align = a.align + b.align
            sum.check = a.check + b.check
            return sum
        }
    }

    /// The first plan that cannot be read, in the order given, stops the run with its error, after
    /// `take` has had the chunks before it: a caller publishes nothing (prints, replaces a folder)
    /// until this returns, so an error leaves nothing half-written.
    public func forEachChecked<T: Sendable>(
        paths: [String], chunk: Int = Pipeline.chunk,
        make: @Sendable (CheckedPlan) -> T, take: (Int, T, StageTimes) throws -> Void
    ) throws {
        let (topics, topicList) = (self.topics(), self.topicList())
        var start = 0
        while start < paths.count {
            let range = start..<min(paths.count, start + max(1, chunk))
            // The chunk's plans are handed over to the workers that check them, and let go there:
            // freed here, after the chunk, their trees were let go on one core while the other
            // waited (user CPU of the 1,000-plan batch fell from 3.5–3.8 to 3.2–3.3 s with this).
            let (handed, parseSeconds, choices) = try { () throws -> (Handed<Plan>, [Double], [ReferenceChoice]) in
                let loaded = ParallelMap.run(count: range.count) { k in
                    CPUClock.timed { Result { try PlanLoader.load(path: paths[range.lowerBound + k]) } }
                }
                let plans = try loaded.map { try $0.value.get() }
                return (Handed(plans), loaded.map(\.seconds), try plans.map { try choice(for: $0) })
            }()
            let prepared = try choices.map { choice -> (ReferenceIndex, CheckReference) in
                (index(choice.reference), try checkReference(choice.reference))
            }
            let done = ParallelMap.run(count: choices.count) { k -> (T, Double, Double) in
                let plan = handed.take(k)
                let aligned = CPUClock.timed { Self.align(plan, choice: choices[k], index: prepared[k].0, topics: topics) }
                let checked = CPUClock.timed { Self.check(aligned.value, against: prepared[k].1, topics: topicList) }
                return (make(checked.value), aligned.seconds, checked.seconds)
            }
            for (k, (kept, align, check)) in done.enumerated() {
                var times = StageTimes()
                (times.readAndParse, times.align, times.check) = (parseSeconds[k], align, check)
                try take(range.lowerBound + k, kept, times)
            }
            start = range.upperBound
        }
    }

    public func check(paths: [String]) throws -> [CheckedPlan] {
        var out: [CheckedPlan] = []
        try forEachChecked(paths: paths, make: { $0 }, take: { _, checked, _ in out.append(checked) })
        return out
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

/// Values each taken once, by index, by the one worker that uses it: the worker then holds the
/// only reference, so the value is freed on that worker's thread. `ParallelMap.run` gives each
/// index to one iteration, so each slot is moved out once, through memory of its own (no array
/// uniqueness check between threads); what no worker took is freed with the box.
final class Handed<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value>
    private let taken: UnsafeMutablePointer<Bool>
    private let count: Int

    init(_ values: [Value]) {
        count = values.count
        slots = .allocate(capacity: max(count, 1))
        taken = .allocate(capacity: max(count, 1))
        for (k, v) in values.enumerated() { (slots + k).initialize(to: v) }
        taken.initialize(repeating: false, count: count)
    }

    deinit {
        for k in 0..<count where !taken[k] { (slots + k).deinitialize(count: 1) }
        slots.deallocate()
        taken.deallocate()
    }

    /// The value at `k`, moved out: called once for each index, by the iteration given it.
    func take(_ k: Int) -> Value {
        taken[k] = true
        return (slots + k).move()
    }
}
