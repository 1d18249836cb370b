/// Arrays of plain values (numbers, flags, scalars) made through code specialised for them, not the
/// standard library's shared allocation.
///
/// Why: `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:initializingWith:)` allocate
/// through a generic function the library will not inline, which looks the array's storage type up
/// in the runtime's metadata cache on every call (about 400 instructions). The stages make hundreds
/// of thousands of small arrays for every few hundred plans (each match text, each cosine's sums),
/// and the lookups were a fiftieth of a batch. Copying from a buffer into a new array is
/// specialised for the element type and finds the storage type in a cache of its own.
extension Array where Element: BitwiseCopyable {
    /// `Array(repeating: value, count: count)`. A large array goes through the library: the
    /// lookup is nothing beside it, and the temporary buffer and copy would double its memory.
    @inline(__always)
    init(plain value: Element, count: Int) {
        guard count <= Self.largest else {
            self.init(repeating: value, count: count)
            return
        }
        self.init(plainCapacity: count) { buffer in
            buffer.initialize(repeating: value)
            return count
        }
    }

    /// Above this many elements `init(plain:count:)` leaves the array to the library.
    static var largest: Int { 1 << 14 }

    /// `Array(unsafeUninitializedCapacity: capacity) { buffer, count in count = fill(buffer) }`: the
    /// first `fill` returns elements of a buffer of `capacity`, written into a temporary buffer (on
    /// the stack when small) and copied into an array of exactly that many.
    @inline(__always)
    init(plainCapacity capacity: Int, initializingWith fill: (UnsafeMutableBufferPointer<Element>) -> Int) {
        self = withUnsafeTemporaryAllocation(of: Element.self, capacity: Swift.max(capacity, 1)) { buffer in
            let written = fill(UnsafeMutableBufferPointer(rebasing: buffer[..<capacity]))
            return Array(UnsafeBufferPointer(rebasing: buffer[..<written]))
        }
    }

    /// Every element `value`, `count` of them, written into the array's own storage when it already
    /// has that many (working memory reused item after item, as the aligner's is), else made anew.
    @inline(__always)
    mutating func fill(_ value: Element, count: Int) {
        guard self.count == count else {
            self = Array(plain: value, count: count)
            return
        }
        withUnsafeMutableBufferPointer { $0.update(repeating: value) }
    }
}
