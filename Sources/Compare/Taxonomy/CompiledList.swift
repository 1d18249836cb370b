/// An enumeration read from a requirement's own wording: every list the reference writes is compared,
/// not only those someone copied into a `list` line.
public struct CompiledList: Hashable, Sendable {
    public var members: [String]
    /// The reference clause it stands in, as quoted to the user.
    public var clause: String
    /// The words before its first member in that clause (定期公开地方政府债务): a plan clause
    /// that keeps them renders the clause, however many members it dropped.
    public var leadIn: String

    public init(members: [String], clause: String, leadIn: String) {
        self.members = members
        self.clause = clause
        self.leadIn = leadIn
    }
}
