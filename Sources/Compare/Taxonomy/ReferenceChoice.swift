/// Which bundled key points a plan is checked against, and how well they fit its year.
///
/// Why it is said: a plan of 2023 checked against the 2021 points without a word reads as if the
/// tool knew what 2023 asks. The report opens with the fit when it is not the plan's own year.
public struct ReferenceChoice: Hashable, Sendable {
    public enum Fit: Hashable, Sendable {
        /// The plan's own year is bundled.
        case exact
        /// The plan is of `planYear`, which is not bundled: the nearest earlier year is used.
        case earlier(planYear: Int)
        /// No year was found in the plan: the latest bundled year is used.
        case noYear
        /// A reference text was passed in (`--reference`): the user chose it.
        case given
    }

    public var reference: Reference
    public var fit: Fit

    public init(reference: Reference, fit: Fit) {
        self.reference = reference
        self.fit = fit
    }

    /// Whether the check may read as a check against the plan's own year's points.
    public var isExact: Bool {
        switch fit {
        case .exact, .given: return true
        case .earlier, .noYear: return false
        }
    }
}

extension Taxonomy {
    /// The key points for a plan of `year`, and how they fit it.
    public func choose(forPlanYear year: Int?) throws(TaxonomyError) -> ReferenceChoice {
        let reference = try reference(forPlanYear: year)
        guard let year else { return ReferenceChoice(reference: reference, fit: .noYear) }
        return ReferenceChoice(reference: reference, fit: reference.year == year ? .exact : .earlier(planYear: year))
    }
}
