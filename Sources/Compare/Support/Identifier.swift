/// A name that stands for one kind of thing, typed by what it names: `Identifier<ReferenceSection>`
/// and `Identifier<Requirement>` are different types, so a requirement id passed where a section id
/// belongs, or two swapped arguments, do not compile.
///
/// Why a phantom type over one wrapper per kind: every id is a string in the taxonomy file, the labels
/// and the JSON, with the same equality, order and printing; only what it names differs. It prints as
/// its raw string (interpolation and `description`) and orders as that string, so reports read the same.
public struct Identifier<Named>: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringInterpolation
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public init(stringInterpolation: DefaultStringInterpolation) {
        rawValue = String(stringInterpolation: stringInterpolation)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Identifier {
    /// The id as JSON: its raw string, as the taxonomy and the labels write it.
    public var json: JSONValue { .string(rawValue) }
}

extension Sequence {
    /// Ids joined as their raw strings, as lists of ids are printed in reports.
    public func joined<Named>(separator: String) -> String where Element == Identifier<Named> {
        map(\.rawValue).joined(separator: separator)
    }
}
