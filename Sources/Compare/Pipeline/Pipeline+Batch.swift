import Foundation

/// Many plans at once: an office above checking its subordinates' plans, or an evaluator a
/// country's. The plans go through in chunks: a worker on each core takes the chunk's plans a few at
/// a time (`group`), reads and parses them, then aligns and checks each and turns the result into
/// what the caller keeps (`make`, told the plan's place among the paths, as a report naming its
/// path needs); these are handed over in the order the paths were given
/// (`take`). Then the next chunk.
///
/// Why chunks: memory holds one chunk's results, not the corpus's (a country's 30,000 plans would
/// not fit), and the errors of a chunk are known before any of it is handed over.
extension Pipeline {
    /// Plans a chunk: enough to keep every core busy until the chunk's last plans.
    public static let chunk = 256

    /// Plans a worker reads and parses before it checks them. Why not one: the check's tables stay
    /// in the core's cache over a few plans, where reading a plan between two checks pushed them
    /// out (user CPU of the 1,000-plan batch 2.11 → 2.07 s, 1.97 → 1.91 in a quieter hour, ten
    /// alternate runs each); why not the chunk: every worker has groups to take until its end.
    static let group = 8

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
    /// `topics`: which plans' results carry their topic coverage (`TopicNeed`); every plan's unless
    /// the caller's report shows fewer.
    ///
    /// `skip`, where given, has each plan that cannot be read, or has no key points of its year,
    /// with its error instead (in the order given, between the others' `take`s), and the run goes
    /// on: an office's folder of submissions holds a cover letter beside the plans, and one such
    /// file stopped the check of a hundred. What fails every plan (a `--reference` file that
    /// cannot serve) still stops the run.
    public func forEachChecked<T: Sendable>(
        paths: [String], chunk: Int = Pipeline.chunk, topics need: TopicNeed = .everyPlan,
        make: @Sendable (Int, CheckedPlan) -> T, take: (Int, T, StageTimes) throws -> Void,
        skip: ((Int, Error) throws -> Void)? = nil
    ) throws {
        // Each worker takes its plans from their files to what is kept, with references prepared by
        // and for itself (`sibling`): nothing a plan touches is touched by the other core meanwhile,
        // and a plan is freed by the thread that made it.
        let crew = Crew(self, workers: Swift.min(ProcessInfo.processInfo.activeProcessorCount, paths.count))
        let limit = Ingest.maxBytes
        var start = 0
        while start < paths.count {
            let range = start..<min(paths.count, start + max(1, chunk))
            let group = Self.group
            // Once a plan of the chunk has failed, the chunk is not handed over: the others are
            // still read and given their references (the error reported is the first in the paths'
            // order), but not aligned, checked or rendered.
            let failed = Flag()
            let skips = skip != nil
            let done = ParallelMap.run(count: (range.count + group - 1) / group, workers: crew.count) { w, g -> [Step<T>] in
                let loaded = (range.lowerBound + g * group..<min(range.upperBound, range.lowerBound + (g + 1) * group)).map { k in
                    CPUClock.timed { Result { try PlanLoader.load(path: paths[k], limit: limit) } }
                }
                return zip(loaded, range.lowerBound + g * group..<range.upperBound).map { one, k in
                    crew[w].checkedStep(loaded: one, failed: failed, skips: skips, topics: need) { make(k, $0) }
                }
            }.flatMap { $0 }
            // The errors in the order the steps came in, each kind in the order of the paths.
            for failure in skips ? [done.compactMap(\.preparing)] : [done.compactMap(\.loading), done.compactMap(\.choosing), done.compactMap(\.preparing)] {
                if let first = failure.first { throw first }
            }
            for (k, step) in done.enumerated() {
                if let skip, let error = step.loading ?? step.choosing {
                    try skip(range.lowerBound + k, error)
                    continue
                }
                // Every step is done here: no step failed, so none stopped (the flag is set only with
                // an error recorded beside it).
                guard let (kept, times) = step.done else {
                    assertionFailure("plan \(range.lowerBound + k) stopped though no plan of its chunk failed")
                    continue
                }
                try take(range.lowerBound + k, kept, times)
            }
            start = range.upperBound
        }
    }

    /// One plan through every stage, on one worker, or the stage it stopped at.
    struct Step<T: Sendable>: Sendable {
        var loading: Error?
        var choosing: Error?
        var preparing: Error?
        var done: (T, StageTimes)?
    }

    /// `loaded`: the plan read and parsed (or why not), with the CPU seconds that took.
    /// `failed`: set by the first step of the chunk that fails; the steps after it stop once their
    /// references are known.
    /// `skips`: a plan that cannot be read or has no key points is passed over (`forEachChecked`'s
    /// `skip`), not a failure of its chunk.
    func checkedStep<T: Sendable>(loaded: (value: Result<Plan, Error>, seconds: Double), failed: Flag, skips: Bool = false, topics need: TopicNeed, make: (CheckedPlan) -> T) -> Step<T> {
        var step = Step<T>()
        var times = StageTimes()
        times.readAndParse = loaded.seconds
        let plan: Plan, choice: ReferenceChoice, prepared: (ReferenceIndex, CheckReference)
        do { plan = try loaded.value.get() } catch {
            step.loading = error
            if !skips { failed.set() }
            return step
        }
        do { choice = try self.choice(for: plan) } catch {
            step.choosing = error
            if !skips { failed.set() }
            return step
        }
        do { prepared = (index(choice.reference), try checkReference(choice.reference)) } catch { step.preparing = error; failed.set(); return step }
        guard !failed.isSet else { return step }
        let (topics, topicList) = need.reads(choice) ? (self.topics(), self.topicList()) : (nil, nil)
        let aligned = CPUClock.timed { Self.align(plan, choice: choice, index: prepared.0, topics: topics, detail: .matchesOnly) }
        let checked = CPUClock.timed { Self.check(aligned.value, against: prepared.1, topics: topicList) }
        (times.align, times.check) = (aligned.seconds, checked.seconds)
        step.done = (make(checked.value), times)
        return step
    }

    /// A mark any worker may set and every worker reads.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
        func set() { lock.lock(); value = true; lock.unlock() }
    }

    /// The pipelines of a batch's workers: the caller's first, then one of its own for each other.
    final class Crew: @unchecked Sendable {
        private let members: [Pipeline]
        var count: Int { members.count }

        init(_ first: Pipeline, workers: Int) {
            members = [first] + (1..<Swift.max(1, workers)).map { _ in first.sibling() }
        }

        subscript(_ w: Int) -> Pipeline { members[w] }
    }

    public func check(paths: [String]) throws -> [CheckedPlan] {
        var out: [CheckedPlan] = []
        try forEachChecked(paths: paths, make: { $1 }, take: { _, checked, _ in out.append(checked) })
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
        // The errors first, here, in the plans' order; then each worker chooses and prepares with a
        // pipeline of its own (`sibling`), which gives what this one gave from the same inputs.
        let choices = try plans.map { try choice(for: $0) }
        for choice in choices { _ = try checkReference(choice.reference) }
        let crew = Crew(self, workers: Swift.min(ProcessInfo.processInfo.activeProcessorCount, plans.count))
        let checked = ParallelMap.run(count: plans.count, workers: crew.count) { w, i in
            Result { () throws -> CheckedPlan in
                let pipeline = crew[w]
                let choice = try pipeline.choice(for: plans[i])
                let prepared = try pipeline.checkReference(choice.reference)
                let aligned = Self.align(plans[i], choice: choice, index: prepared.index, topics: pipeline.topics(), detail: .matchesOnly)
                return Self.check(aligned, against: prepared, topics: pipeline.topicList())
            }
        }
        return try checked.map { try $0.get() }
    }
}
