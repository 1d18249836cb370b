import Foundation

/// Scores of every labelled plan, and their micro averages.
public struct EvaluationResult: Hashable, Sendable {
    /// In gold file name order.
    public var perPlan: [PlanScores]
    /// Sums over all gold items of all plans: a plan with more items weighs more.
    public var micro: ScoreCounts
    /// The baseline's micro averages, when every plan was scored with one.
    public var microBaseline: ScoreCounts?
    /// The divergence counts against references compiled from their wording alone, when every plan
    /// was checked so.
    public var microWordingOnly: ScoreCounts?
    /// The topic scores summed over plans, when every plan was scored with the taxonomy.
    public var microTopics: TopicScores?

    public init(perPlan: [PlanScores]) {
        self.perPlan = perPlan
        self.micro = perPlan.reduce(ScoreCounts()) { $0 + $1.counts }
        let baselines = perPlan.compactMap(\.baseline)
        self.microBaseline = baselines.isEmpty || baselines.count != perPlan.count ? nil : baselines.reduce(ScoreCounts(), +)
        let wordingOnly = perPlan.compactMap(\.wordingOnly)
        self.microWordingOnly = wordingOnly.isEmpty || wordingOnly.count != perPlan.count ? nil : wordingOnly.reduce(ScoreCounts(), +)
        let topics = perPlan.compactMap(\.topics)
        self.microTopics = topics.isEmpty || topics.count != perPlan.count ? nil : topics.reduce(TopicScores(), +)
    }
}

/// Runs the analyzer over the labelled plans and scores it.
///
/// This is the only place gold labels meet parsed plans: the loader gets a path and nothing else,
/// so the analyzer cannot peek at the labels.
public enum Evaluation {
    /// For each gold file in `goldDirectory` (sorted by name), loads `corpusDirectory/<plan>` with
    /// `load` and scores it. The loader is a parameter so the command line can pass the real reader
    /// and parser, and tests a fake. Errors from `load` pass through unchanged: they already name
    /// the plan file.
    ///
    /// `align` and `baseline` see the parsed plan only, never the labels: the analyzer chooses its
    /// reference from the plan's own year. `wordingOnly` aligns and checks a plan against its
    /// reference compiled from the wording alone (`ReferenceCompiler.compile(_:curated: false)`).
    /// `taxonomy` scores the topic layer (`TopicScores`), and a label naming key points it does not
    /// hold is refused (`GoldLabelError.unknownReference`).
    public static func run(
        goldDirectory: String, corpusDirectory: String, load: (String) throws -> Plan,
        align: ((Plan) throws -> Alignment)? = nil, baseline: ((Plan) throws -> Alignment)? = nil,
        check: ((Plan, Alignment) throws -> CheckResult)? = nil, wordingOnly: ((Plan) throws -> CheckResult)? = nil,
        taxonomy: Taxonomy? = nil
    ) throws -> EvaluationResult {
        let golds = try GoldLabels.load(directory: goldDirectory)
        if let taxonomy, let wrong = golds.first(where: { taxonomy.reference(year: $0.reference) == nil }) {
            throw GoldLabelError.unknownReference(
                directory: goldDirectory, plan: wrong.plan, reference: wrong.reference, years: taxonomy.references.map(\.year))
        }
        var perPlan: [PlanScores] = []
        for gold in golds {
            let path = (corpusDirectory as NSString).appendingPathComponent(gold.plan)
            let plan = try load(path)
            let alignment = try align?(plan)
            let checked = try alignment.flatMap { a in try check?(plan, a) }
            perPlan.append(Scorer.score(
                plan: plan, gold: gold, alignment: alignment, baseline: try baseline?(plan), check: checked,
                wordingOnly: try wordingOnly?(plan), taxonomy: taxonomy))
        }
        return EvaluationResult(perPlan: perPlan)
    }
}
