/// Labelled divergences of one kind, and how many the check found: strictly (the labelled item and
/// kind, and for a list omission every labelled missing member) and leniently (the labelled item,
/// any kind, with a missing or added word in common, or any finding there when the label names no
/// words).
///
/// Why both: strict is what FORMAT.md scores; lenient tells a finding on the right place under
/// another name (a replaced member called an omission) from a place the check never looked at.
public struct DivergenceTally: Hashable, Sendable {
    public var gold = 0
    public var strict = 0
    public var lenient = 0

    public init(gold: Int = 0, strict: Int = 0, lenient: Int = 0) {
        self.gold = gold
        self.strict = strict
        self.lenient = lenient
    }

    public static func + (a: DivergenceTally, b: DivergenceTally) -> DivergenceTally {
        DivergenceTally(gold: a.gold + b.gold, strict: a.strict + b.strict, lenient: a.lenient + b.lenient)
    }
}
