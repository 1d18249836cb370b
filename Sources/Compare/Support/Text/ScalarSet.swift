/// A set of Basic Multilingual Plane scalars as one bit each: membership is one load and a mask.
///
/// Why: the readers ask "can anything I read start here?" of every scalar of every line. A chain of
/// comparisons or a `switch` over a dozen ideographs costs a mispredicted branch on many of them (the
/// low-bit test `ChineseNumeral.numberStartBits` still lets half of all ideographs through); a bit
/// of an 8 KB table answers exactly. Scalars past the plane are never members: no reader starts on one.
struct ScalarSet: Sendable {
    private let words: [UInt64]

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var words = [UInt64](repeating: 0, count: 1024)
        for c in scalars where c.value < 0x1_0000 { words[Int(c.value >> 6)] |= 1 << (c.value & 63) }
        self.words = words
    }

    /// `contains` on a scalar's value (as `MatchText` holds them); a value that is no scalar is
    /// in no set.
    @inline(__always)
    func contains(value v: UInt32) -> Bool {
        v < 0x1_0000 && words[Int(v >> 6)] & (1 << (v & 63)) != 0
    }

    @inline(__always)
    func contains(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x1_0000 && words[Int(v >> 6)] & (1 << (v & 63)) != 0
    }

    /// The first place from `start` (0 when below) whose scalar the set holds, or `a.count`: the scan
    /// a reader of a whole plan's text makes between the places it reads (a citation's opening
    /// bracket, a province's first character), through pointers, with wrapping arithmetic bounded
    /// by the text's length: subscripting the text and the table, each checked, was most of it.
    func firstIndex(in a: [Unicode.Scalar], from start: Int) -> Int {
        guard start < a.count else { return a.count }
        return a.withUnsafeBufferPointer { text in
            words.withUnsafeBufferPointer { words in
                var i = Swift.max(start, 0)
                let n = text.count
                while i < n {
                    let v = text[i].value
                    if v < 0x1_0000 && words[Int(v &>> 6)] & (1 &<< (v & 63)) != 0 { return i }
                    i &+= 1
                }
                return n
            }
        }
    }
}
