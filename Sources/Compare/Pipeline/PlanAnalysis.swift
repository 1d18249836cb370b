/// A plan with the reference chosen for it and its items aligned (with their topics when a
/// taxonomy is at hand, unless a check asked for them only where its report shows them:
/// `Pipeline.TopicNeed`): what `align` prints and what a review pairs.
public struct AlignedPlan: Sendable {
    public var plan: Plan
    public var choice: ReferenceChoice
    /// Made for a check, it holds the matches alone (`Aligner.Detail.matchesOnly`): no reasons and
    /// no coverage by section, which no check report shows; `align` makes its own.
    public var alignment: Alignment
    /// Each item's text as the aligner read it, by clauses, for the check (then let go).
    var readings: [ClauseReading]? = nil

    public var reference: Reference { choice.reference }
}

/// An aligned plan and its check: what `check` prints, and what comparisons and the main job's
/// index are made of.
public struct CheckedPlan: Sendable {
    public var aligned: AlignedPlan
    public var result: CheckResult

    public var plan: Plan { aligned.plan }
    public var reference: Reference { aligned.reference }

    /// The form the cross-plan comparison takes.
    public var comparable: CrossComparison.CheckedPlan {
        CrossComparison.CheckedPlan(plan: aligned.plan, reference: aligned.reference, alignment: aligned.alignment, result: result)
    }
}
