/// How much a plan's check leaves its office to do, counted the same way wherever plans are put in
/// order: requirements not carried out weigh most, then divergences to fix or explain, then
/// sections missing, then notes. A larger key is more work.
///
/// Why one type: the batch check's summary (most work first), the comparison's "plans needing the
/// most work" and the ranking (least work first) must never disagree about which of two plans is
/// further from done.
public struct NeedKey: Comparable, Sendable {
    public var notCarriedOut: Int
    public var toFix: Int
    public var sectionsMissing: Int
    public var notes: Int

    public init(notCarriedOut: Int, toFix: Int, sectionsMissing: Int, notes: Int) {
        self.notCarriedOut = notCarriedOut
        self.toFix = toFix
        self.sectionsMissing = sectionsMissing
        self.notes = notes
    }

    public static func < (a: NeedKey, b: NeedKey) -> Bool {
        (a.notCarriedOut, a.toFix, a.sectionsMissing, a.notes) < (b.notCarriedOut, b.toFix, b.sectionsMissing, b.notes)
    }
}

extension NeedKey {
    /// The key of a check's result.
    public init(_ r: CheckResult) {
        self.init(notCarriedOut: r.requirementsNotCarriedOut, toFix: r.divergencesToFixCount,
                  sectionsMissing: r.coverage.count { $0.status == .missing }, notes: r.notesCount)
    }
}

extension ComparedPlan {
    public var need: NeedKey {
        NeedKey(notCarriedOut: requirementsTotal - requirementsReached, toFix: warnings, sectionsMissing: sectionsMissing, notes: notes)
    }
}

extension CrossComparison.Checked {
    var need: NeedKey { NeedKey(result) }
}
