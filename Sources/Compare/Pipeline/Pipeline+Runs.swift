/// The runs built on parse → align → check: plans side by side, two plans year over year, and
/// the scores against hand labels. Each analyses a plan once and shares the prepared references.
extension Pipeline {
    /// Plans side by side, in the order given. Every plan is checked first: a matrix missing a
    /// column would mislead, so one plan whose reference cannot be chosen stops the run.
    public func compare(_ plans: [Plan]) throws -> Comparison {
        let checked = try plans.map { try check($0).comparable }
        return CrossComparison.run(checked: checked, taxonomy: try taxonomy())
    }

    /// Two plans year over year, each aligned to its own year's points. With a lexicon at hand a
    /// rewording is also named in the check's terms.
    public func review(old: Plan, new: Plan) throws -> ReviewResult {
        try review(old: align(old), new: align(new))
    }

    public func review(old: AlignedPlan, new: AlignedPlan) throws -> ReviewResult {
        PlanReview.run(
            old: ReviewInput(plan: old.plan, reference: old.reference, alignment: old.alignment),
            new: ReviewInput(plan: new.plan, reference: new.reference, alignment: new.alignment),
            taxonomy: try taxonomy(), lexicon: try? lexicon())
    }

    /// What changed in the national key points between two bundled years.
    public func review(oldYear: Int, newYear: Int) throws -> ReviewResult {
        let taxonomy = try taxonomy()
        let references = try [oldYear, newYear].map { year throws(TaxonomyError) -> Reference in
            guard let reference = taxonomy.reference(year: year) else {
                throw TaxonomyError.yearNotInTaxonomy(year: year, available: taxonomy.years)
            }
            return reference
        }
        return ReferenceReview.run(old: references[0], new: references[1], taxonomy: taxonomy, lexicon: try? lexicon())
    }

    /// The plan checked against its reference compiled from the wording alone, without the
    /// curated lines (`ReferenceCompiler.compile(_:curated: false)`): what `evaluate` measures the
    /// general rules by.
    public func checkByWordingOnly(_ plan: Plan) throws -> CheckResult {
        let reference = try choice(for: plan).reference
        let key = reference.name + "\u{0}wording"
        if wordingReferences[key] == nil {
            wordingReferences[key] = CheckReference(
                index: ReferenceIndex(ReferenceCompiler.compile(reference, curated: false)), lexicon: try lexicon())
        }
        let prepared = wordingReferences[key]!
        return DraftCheck.run(Aligner().align(plan, to: prepared.index), against: prepared)
    }

    /// The analyzer scored against the hand labels in `gold`, plans read from `corpus`. The labels
    /// are read by `Evaluation` only; the pipeline sees the plans.
    public func evaluate(gold: String, corpus: String) throws -> EvaluationResult {
        let bundled: Bool
        switch option {
        case .planYear: bundled = true
        case .year, .file, .given: bundled = false
        }
        return try Evaluation.run(
            goldDirectory: gold, corpusDirectory: corpus, load: PlanLoader.load(path:),
            align: { plan in Aligner().align(plan, to: self.index(try self.choice(for: plan).reference)) },
            baseline: { plan in BaselineAligner().align(plan, to: self.index(try self.choice(for: plan).reference)) },
            check: { plan, alignment in
                DraftCheck.run(alignment, against: try self.checkReference(try self.choice(for: plan).reference))
            },
            wordingOnly: { plan in try self.checkByWordingOnly(plan) },
            taxonomy: bundled ? try taxonomy() : nil)
    }
}
