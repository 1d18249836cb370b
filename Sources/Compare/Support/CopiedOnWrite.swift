/// A value kept behind one reference, copied only when a holder changes it while another holder
/// shares it: for the model's values of a dozen counted fields (nodes, reference sections,
/// requirements, findings) that the stages copy out of arrays and hand on many times, so that a
/// copy retains one reference, not a dozen.
struct CopiedOnWrite<Value> {
    /// Never written once shared: a change goes to a fresh box unless its holder has the only
    /// reference (so sharing one across threads is sound when the value may be).
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    /// The value, read in place; a change makes it this holder's own first.
    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

extension CopiedOnWrite: @unchecked Sendable where Value: Sendable {}

extension CopiedOnWrite: Equatable where Value: Equatable {
    /// Equal values; two holders of one box are equal without reading it.
    static func == (a: Self, b: Self) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }
}

extension CopiedOnWrite: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
    }
}
