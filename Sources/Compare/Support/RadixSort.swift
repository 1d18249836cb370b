/// Ascending sorts of plain integers by their bytes, least significant first, and only the bytes
/// in which the values differ: the order `sort()` gives (integers have one ascending order), in
/// a pass or a few over the array.
///
/// Why: every stage sorts character pairs (a text's distinct pairs, its pairs' counts for a
/// cosine) and vocabulary numbers, hundreds a text, and the comparison sort was a tenth of the
/// align and check. Pairs of ideographs differ in four of their eight bytes, vocabulary numbers
/// in two. Short arrays keep the comparison sort, which is faster there.
enum RadixSort {
    /// Below this many values the comparison sort is faster.
    static let shortest = 64

    static func sort(_ values: inout [UInt64]) {
        guard values.count >= shortest else {
            values.sort()
            return
        }
        values.withUnsafeMutableBufferPointer { sortBytes($0) }
    }

    /// Non-negative values by bytes (their bit patterns order as they do); any negative value
    /// sends the array to the comparison sort.
    static func sort(_ values: inout [Int]) {
        guard values.count >= shortest, !values.contains(where: { $0 < 0 }) else {
            values.sort()
            return
        }
        values.withUnsafeMutableBufferPointer { b in
            guard let base = b.baseAddress else { return }
            base.withMemoryRebound(to: UInt64.self, capacity: b.count) { sortBytes(UnsafeMutableBufferPointer(start: $0, count: b.count)) }
        }
    }

    private static func sortBytes(_ values: UnsafeMutableBufferPointer<UInt64>) {
        guard let start = values.baseAddress, values.count > 1 else { return }
        let n = values.count
        var differ: UInt64 = 0
        let first = start[0]
        for k in 0..<n { differ |= start[k] ^ first }
        guard differ != 0 else { return }
        let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
        defer { scratch.deallocate() }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            guard let count = counts.baseAddress else { return }
            var from = start, to = scratch
            for byte in 0..<8 where (differ >> UInt64(8 * byte)) & 0xFF != 0 {
                let shift = UInt64(8 * byte)
                for d in 0..<256 { count[d] = 0 }
                for k in 0..<n { count[Int((from[k] >> shift) & 0xFF)] &+= 1 }
                var sum = 0
                for d in 0..<256 {
                    let c = count[d]
                    count[d] = sum
                    sum &+= c
                }
                for k in 0..<n {
                    let v = from[k]
                    let d = Int((v >> shift) & 0xFF)
                    to[count[d]] = v
                    count[d] &+= 1
                }
                swap(&from, &to)
            }
            if from != start { start.update(from: from, count: n) }
        }
    }
}
