/// Lists laid end to end in one array, list `n` standing at `range(n)`: what a reader walks at
/// every pair of every item (the terms or titles starting with a pair, a term's scalars). Why: an
/// array of arrays retained and released the inner array at each visit, some twenty times an item.
struct FlatLists<Element: Sendable>: Sendable {
    let elements: [Element]
    private let starts: [Int32]

    init(_ lists: [[Element]]) {
        var elements: [Element] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(lists.count + 1)
        for list in lists {
            elements += list
            starts.append(Int32(elements.count))
        }
        (self.elements, self.starts) = (elements, starts)
    }

    var count: Int { starts.count - 1 }

    /// Where list `n` stands in `elements`.
    @inline(__always)
    func range(_ n: Int) -> Range<Int> {
        Int(starts[n])..<Int(starts[n + 1])
    }

    /// List `n`, as an array (for tests and readers off the hot path).
    func list(_ n: Int) -> [Element] {
        Array(elements[range(n)])
    }
}
