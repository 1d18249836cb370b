import Foundation

/// A String as a dictionary key compared and hashed by its UTF-8 bytes.
///
/// Why not `String` itself: a String hashes under Unicode canonical equivalence, normalising every
/// non-ASCII key to NFC first, which cost about 1,500 instructions a key (callgrind, `compare-bench
/// 2 parse`) for citation titles and headings that are plain ideographs with one spelling. The
/// difference: two spellings of a title that are canonically equivalent but not byte-identical are
/// two keys here.
struct ByteKey: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        sameBytes(a.text, b.text)
    }

    /// Whether two Strings hold the same bytes: lengths first, then one `memcmp` over contiguous
    /// storage (`elementsEqual` on two UTF-8 views steps both a byte at a time, generically).
    ///
    /// The bytes are read where they are (`withContiguousStorageIfAvailable`, which every native
    /// string answers): `withUTF8` mutates, so each side was copied into a variable first, a
    /// retain and a release each, about a third of the comparison.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                guard let p = x.baseAddress, let q = y.baseAddress else { return x.count == y.count }
                return memcmp(p, q, x.count) == 0
            }
        }
        if let same, let same { return same }
        return a.utf8.elementsEqual(b.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) != nil { return }
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
