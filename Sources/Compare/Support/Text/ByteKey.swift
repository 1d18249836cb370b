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
        a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
