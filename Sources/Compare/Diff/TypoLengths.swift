/// Per scalar a typo term starts (or ends) with, the lengths of those terms as bits of a mask (bit
/// `min(length, 63)`, `CheckReference.lengthBit`): what the typo search asks of nearly every scalar
/// of every item (`TypoCheck.windows`).
///
/// Why a table over the Basic Multilingual Plane: a hashed lookup (`BigramTable`) at each place
/// cost a multiplication and a probe, a third of the search's instructions, and its slots were
/// scattered reads. Here a scalar of the plane (every ideograph terms are made of, but those of the
/// extensions past it) is one load of a mask's number; the masks themselves are few (the sets of
/// term lengths that occur). Scalars past the plane keep the hashed table.
struct TypoLengths: Sendable {
    /// For each scalar of the plane, 1 + the place of its mask in `masks`, or 0 for none; empty when
    /// the masks are too many to number in 16 bits (then `beyond` holds every scalar).
    private let plane: [UInt16]
    /// Scalars past the plane (or every scalar, when `plane` is empty), to their mask's place.
    private let beyond: BigramTable
    private let masks: [UInt64]

    /// `plane`: false keeps every scalar in the hashed table (what a test compares the plane's with).
    init(_ byScalar: [UInt32: UInt64], plane usePlane: Bool = true) {
        var masks: [UInt64] = []
        var numbers: [UInt64: Int] = [:]
        // In scalar order, so the masks are numbered alike on every run.
        let sorted = byScalar.sorted { $0.key < $1.key }
        for (_, mask) in sorted where numbers[mask] == nil {
            numbers[mask] = masks.count
            masks.append(mask)
        }
        let dense = usePlane && masks.count < Int(UInt16.max)
        var plane = dense ? [UInt16](plain: 0, count: 0x1_0000) : []
        var beyond: [(UInt64, Int)] = []
        for (scalar, mask) in sorted {
            let k = numbers[mask] ?? 0
            if dense && scalar < 0x1_0000 { plane[Int(scalar)] = UInt16(k + 1) } else { beyond.append((UInt64(scalar), k)) }
        }
        (self.plane, self.beyond, self.masks) = (plane, BigramTable(beyond), masks)
    }

    /// The mask of the lengths of the terms `scalar` starts (ends), 0 for none.
    @inline(__always)
    func mask(_ scalar: UInt32) -> UInt64 {
        if Int(scalar) < plane.count {
            let k = Int(plane[Int(scalar)])
            return k == 0 ? 0 : masks[k &- 1]
        }
        return beyond[UInt64(scalar)].map { masks[$0] } ?? 0
    }
}
