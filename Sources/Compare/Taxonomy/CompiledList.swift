/// An enumeration read from a requirement's own wording: every list the reference writes is compared,
/// not only those someone copied into a `list` line.
public struct CompiledList: Hashable, Sendable {
    public var members: [String]
    /// The reference clause it stands in, as quoted to the user.
    public var clause: String
    /// The words before its first member in that clause (定期公开地方政府债务): a plan clause
    /// that keeps them renders the clause, however many members it dropped.
    public var leadIn: String
    /// Read from a wording line found in one plan only: not confirmed as the national text, so what
    /// it finds is worth knowing, not a fault to fix.
    public var onePlan: Bool
    /// A pair of phrases of a kind (反垄断与反不正当竞争) rather than a series: where its second member
    /// ends is a guess, so what it finds is a note.
    public var parallel: Bool

    public init(members: [String], clause: String, leadIn: String, onePlan: Bool = false, parallel: Bool = false) {
        self.members = members
        self.clause = clause
        self.leadIn = leadIn
        self.onePlan = onePlan
        self.parallel = parallel
    }
}
