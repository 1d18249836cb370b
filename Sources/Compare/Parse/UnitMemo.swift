import Foundation

/// Unit statements already read in one plan, by their scalars, so that a statement the plan
/// repeats (「〔牵头单位：市政府办公厅，责任单位：市属各委、局、办〕」 under item after item, 「各单位按职责分工落实」
/// in cell after cell) is split into names once.
///
/// Why it is sound: `parseLabelled` and `parseRoles` read nothing of a text outside the span they
/// are given, so equal spans give equal units (a test holds memoised readings to fresh ones
/// across every line of every corpus plan). Why per plan and not per process: a plan is parsed on
/// one thread, and a memo that outlived it would make a benchmark that parses the same plans
/// again measure lookups instead of reading.
final class UnitMemo {
    private var labelled: [Span: Units] = [:]
    private var roles: [Span: Units] = [:]
    /// Readings answered from the memo (for the test that holds them to fresh ones).
    private(set) var hits = 0

    func labelled(_ span: ArraySlice<Unicode.Scalar>, read: () -> Units) -> Units {
        Self.answer(span, in: &labelled, hits: &hits, read: read)
    }

    func roles(_ span: ArraySlice<Unicode.Scalar>, read: () -> Units) -> Units {
        Self.answer(span, in: &roles, hits: &hits, read: read)
    }

    private static func answer(_ span: ArraySlice<Unicode.Scalar>, in table: inout [Span: Units], hits: inout Int, read: () -> Units) -> Units {
        let key = Span(span)
        if let known = table[key] {
            hits += 1
            return known
        }
        let units = read()
        table[key] = units
        return units
    }

    /// A span as a key hashed and compared as one block of memory: a slice's own hashing feeds
    /// the hasher one scalar at a time, which cost more than the memo saved.
    struct Span: Hashable {
        let scalars: ArraySlice<Unicode.Scalar>

        init(_ scalars: ArraySlice<Unicode.Scalar>) {
            self.scalars = scalars
        }

        static func == (a: Span, b: Span) -> Bool {
            guard a.scalars.count == b.scalars.count else { return false }
            return a.scalars.withUnsafeBytes { x in
                b.scalars.withUnsafeBytes { y in
                    guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                    return memcmp(p, q, x.count) == 0
                }
            }
        }

        func hash(into hasher: inout Hasher) {
            scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
