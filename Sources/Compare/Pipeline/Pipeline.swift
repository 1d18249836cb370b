import Foundation

/// Parse → align → check for any number of plans, with every prepared thing made once per run
/// (once per worker of a batch: `sibling`): the taxonomy and lexicon read once, each reference's
/// index and check clauses built once and shared by every plan that follows it, the topic layer
/// built once. Every command and the main job go through it, so a reference is chosen by one
/// policy everywhere.
///
/// Why a class: it is a cache that fills as plans come (a corpus of 2018 plans never builds the
/// 2021 index). It is not shared across threads: a batch gives each worker its own.
public final class Pipeline {
    /// Nil when the taxonomy was handed in already read.
    public let source: TaxonomySource?
    public let option: ReferenceOption

    private var taxonomyLoad: Result<Taxonomy, TaxonomyError>?
    private var lexiconLoad: Result<ObligationLexicon, TaxonomyError>?
    private var topicLayer: TopicIndex??
    /// The reference `--reference FILE` names, read by the first plan that asks, once a run: the
    /// box is shared with the batch's siblings, so every worker has the one reading (or its error).
    private var given = GivenReference()
    private var indexes: [String: ReferenceIndex] = [:]
    private var checkReferences: [String: CheckReference] = [:]
    /// References compiled from their wording alone, for `evaluate`.
    var wordingReferences: [String: CheckReference] = [:]

    public convenience init(taxonomyFolder: String, reference option: ReferenceOption = .planYear) {
        self.init(taxonomy: .folder(taxonomyFolder), reference: option)
    }

    public init(taxonomy source: TaxonomySource, reference option: ReferenceOption = .planYear) {
        self.source = source
        self.option = option
    }

    /// A taxonomy (and lexicon) already read.
    public init(taxonomy: Taxonomy, lexicon: ObligationLexicon?, reference option: ReferenceOption = .planYear) {
        source = nil
        self.option = option
        taxonomyLoad = .success(taxonomy)
        lexiconLoad = lexicon.map { .success($0) } ?? .failure(.folderMissing(path: "(no lexicon given)"))
    }

    /// A pipeline for one worker of a batch: the same taxonomy, lexicon and choice of reference (as
    /// read by this one, once; a reference file by whichever asks first, for all), its references'
    /// indexes, check clauses and topic layer prepared apart. Why: what two cores share has its
    /// reference counts written from both at every copy of one of its arrays or objects, and the
    /// cache line moves between the cores each time.
    ///
    /// The taxonomy and lexicon are read here, on the caller's thread, before any worker starts,
    /// and handed over with what reading them gave (an error too): the sibling never reads its
    /// source. (Reading them again for each, apart, cost as much again as preparing a reference.)
    func sibling() -> Pipeline {
        _ = try? taxonomy()
        _ = try? lexicon()
        let made = Pipeline(taxonomy: source ?? .builtIn, reference: option)
        (made.taxonomyLoad, made.lexiconLoad, made.given) = (taxonomyLoad, lexiconLoad, given)
        return made
    }

    // MARK: - What is read once

    public func taxonomy() throws(TaxonomyError) -> Taxonomy {
        if taxonomyLoad == nil, let source {
            taxonomyLoad = Result { () throws(TaxonomyError) in try Taxonomy.load(source) }
        }
        guard let taxonomyLoad else { throw .folderMissing(path: TaxonomyLocation.relative) }
        return try taxonomyLoad.get()
    }

    public func lexicon() throws(TaxonomyError) -> ObligationLexicon {
        if lexiconLoad == nil, let source {
            lexiconLoad = Result { () throws(TaxonomyError) in try ObligationLexicon.load(source) }
        }
        guard let lexiconLoad else { throw .folderMissing(path: TaxonomyLocation.relative) }
        return try lexiconLoad.get()
    }

    /// The topic layer, or nil when no taxonomy can be read (a reference text checked on its own).
    public func topics() -> TopicIndex? {
        if let topicLayer { return topicLayer }
        let made = (try? taxonomy()).map { TopicIndex(topics: $0.topics, references: $0.references) }
        topicLayer = .some(made)
        return made
    }

    // MARK: - The reference a plan follows

    /// The reference `--reference` names (the user's choice: read once, from the first plan that
    /// asks), else the bundled key points of the plan's year, with how they fit it.
    public func choice(for plan: Plan) throws -> ReferenceChoice {
        switch option {
        case .planYear:
            return try taxonomy().choose(forPlanYear: plan.metadata.year)
        case let .year(year):
            let taxonomy = try taxonomy()
            guard let reference = taxonomy.reference(year: year) else {
                throw TaxonomyError.yearNotInTaxonomy(year: year, available: taxonomy.years)
            }
            return ReferenceChoice(reference: reference, fit: .given)
        case let .given(reference):
            return ReferenceChoice(reference: reference, fit: .given)
        case let .file(path):
            return ReferenceChoice(reference: try given.reference { try referenceText(path) }, fit: .given)
        }
    }

    /// A reference text needs no taxonomy; where one is at hand with the text's year, its sections
    /// are mapped onto the national ones.
    private func referenceText(_ path: String) throws -> Reference {
        try reference(from: try PlanLoader.load(path: path), path: path)
    }

    /// A plan as the reference of the plans below it (`--reference FILE`, or a batch's upper-level
    /// plan).
    public func reference(from plan: Plan, path: String) throws -> Reference {
        let reference = try ReferenceBuilder.build(from: plan, path: path)
        guard let national = (try? taxonomy())?.reference(year: reference.year) else { return reference }
        return ReferenceMapping.mapped(reference, builtFrom: plan, onto: national)
    }

    /// How many references were prepared so far (an index each): a run over any number of plans
    /// prepares each reference its plans follow once.
    public var preparedCount: Int { indexes.count }

    /// The prepared index of `reference`, built the first time a plan follows it.
    public func index(_ reference: Reference) -> ReferenceIndex {
        if let built = indexes[reference.name] { return built }
        let built = ReferenceIndex(reference)
        indexes[reference.name] = built
        return built
    }

    /// The index and the check's compiled clauses of `reference`, built once.
    public func checkReference(_ reference: Reference) throws(TaxonomyError) -> CheckReference {
        if let built = checkReferences[reference.name] { return built }
        let built = CheckReference(index: index(reference), lexicon: try lexicon())
        checkReferences[reference.name] = built
        return built
    }

    // MARK: - Running a plan

    /// Which plans' checks read the topic layer. A JSON report gives every plan's topic coverage; a
    /// Markdown report or a web page shows it only for a plan whose reference fit is not exact (its
    /// year is not bundled, or no year was found in it), where it comes first, before a check
    /// against another year's points. A result made with `.whereYearDiffers` carries no topics for
    /// any other plan: it is for such reports, not for comparisons. Reading each item's
    /// topics is about a sixteenth of a plan's work in a batch, and building the topic layer a fifth
    /// of checking one plan alone: done for nothing where no report shows it.
    public enum TopicNeed: Sendable {
        case everyPlan
        case whereYearDiffers

        /// Whether a plan checked against `choice` has its topics read.
        func reads(_ choice: ReferenceChoice) -> Bool { self == .everyPlan || !choice.isExact }
    }

    public func align(_ plan: Plan) throws -> AlignedPlan {
        try align(plan, topics: .everyPlan)
    }

    /// `topics`: whether the plan's topics are read (`TopicNeed`); the topic layer is built only
    /// when some plan's are.
    /// `detail`: what the alignment carries besides its matches (`Aligner.Detail`): the align
    /// views show it, a check does not read it.
    func align(_ plan: Plan, topics need: TopicNeed, detail: Aligner.Detail = .full) throws -> AlignedPlan {
        let choice = try choice(for: plan)
        return Self.align(plan, choice: choice, index: index(choice.reference), topics: need.reads(choice) ? topics() : nil, detail: detail)
    }

    /// `topics`: whether the result carries the plan's topic coverage (`TopicNeed`): a report that
    /// does not show it need not have it read.
    public func check(_ plan: Plan, topics need: TopicNeed = .everyPlan) throws -> CheckedPlan {
        let aligned = try align(plan, topics: need, detail: .matchesOnly)
        return Self.check(aligned, against: try checkReference(aligned.reference), topics: need.reads(aligned.choice) ? topicList() : nil)
    }

    /// The topics a check reports coverage of, when the topic layer is there.
    func topicList() -> [Topic]? {
        topics() == nil ? nil : (try? taxonomy())?.topics
    }

    // MARK: - One plan, from what is prepared (pure: a batch runs these on every core)

    static func align(_ plan: Plan, choice: ReferenceChoice, index: ReferenceIndex, topics: TopicIndex?, detail: Aligner.Detail = .full) -> AlignedPlan {
        var (alignment, readings) = Aligner(detail: detail).alignReading(plan, to: index)
        // Topics come from the topic layer whatever the reference.
        if let topics { alignment = topics.assign(alignment, texts: readings.map(\.text)) }
        return AlignedPlan(plan: plan, choice: choice, alignment: alignment, readings: readings)
    }

    static func check(_ aligned: AlignedPlan, against prepared: CheckReference, topics: [Topic]?) -> CheckedPlan {
        var result = DraftCheck.run(aligned.alignment, against: prepared, readings: aligned.readings)
        result.fit = aligned.choice.fit
        if let topics { result.topics = TopicCoverage.statuses(aligned.alignment, topics: topics) }
        // The clauses are the check's alone: not kept with the plan's result.
        var kept = aligned
        kept.readings = nil
        return CheckedPlan(aligned: kept, result: result)
    }

    /// Reads and checks `path`.
    public func check(path: String, topics need: TopicNeed = .everyPlan) throws -> CheckedPlan {
        try check(PlanLoader.load(path: path), topics: need)
    }
}

/// A reference read from a file once, for every pipeline of a run, by the first that asks: the
/// workers of a batch share it (a file read once per worker could change between the readings, and
/// standard input can be read only once). An error is kept as the reading.
final class GivenReference: @unchecked Sendable {
    private let lock = NSLock()
    private var load: Result<Reference, any Error>?

    func reference(_ read: () throws -> Reference) throws -> Reference {
        lock.lock()
        defer { lock.unlock() }
        if load == nil { load = Result { try read() } }
        return try load!.get()
    }
}
