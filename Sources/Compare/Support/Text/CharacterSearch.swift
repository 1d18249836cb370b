import Foundation

/// Foundation's answers (`range(of:)`, `contains`) and `Character` splits, given by bytes and scalars
/// where the text allows it.
///
/// Why: Foundation's search compares canonically equivalent spellings as equal and never matches
/// part of a character, at some twenty thousand instructions a search on Linux; the checks ask it
/// of every item's sentences. Over scalars that each stand alone (`standsAlone`), a match of bytes
/// is a match of characters and nothing else matches, so the byte search answers exactly; any
/// other text goes to Foundation as before. A test holds the two to each other on every such
/// scalar and on random texts.
extension ScalarText {
    /// Printable ASCII, general punctuation's dashes, quotes and leaders (U+2010–2027), the CJK
    /// marks before the combining tone marks (U+3000–3029), the basic ideographs and the full-width
    /// forms of ASCII (U+FF01–FF5E): scalars with no canonical decomposition that no scalar joins
    /// (no combining mark, no prepended or extending one), each a `Character` by itself.
    @inline(__always)
    static func standsAlone(_ v: UInt32) -> Bool {
        (0x20..<0x7F).contains(v) || (0x2010...0x2027).contains(v) || (0x3000...0x3029).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xFF01...0xFF5E).contains(v)
    }

    /// Whether the bytes at `i` are a basic ideograph by their lead byte alone: E5–E9 start
    /// U+5000–U+9FFF whatever follows, so the readers of a plan's bytes, most of them such
    /// ideographs, pass them three bytes at a time without building their values.
    @inline(__always)
    static func startsBasicIdeograph(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        b[i] >= 0xE5 && b[i] <= 0xE9 && i &+ 2 < b.count
    }

    /// Whether `lead` is one of E5–E9 (`startsBasicIdeograph`, for a reader that knows three bytes
    /// follow): one comparison, the range moved to start at zero.
    @inline(__always)
    static func isBasicIdeographLead(_ lead: UInt8) -> Bool {
        lead &- 0xE5 <= 4
    }

    /// Whether every scalar of `text` stands alone, read from its UTF-8.
    static func standsAlone<S: StringProtocol>(_ text: S) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            var i = 0
            // Where a three-byte sequence may still start: runs of basic ideographs are passed in
            // a loop of their own.
            let limit = b.count &- 2
            while i < b.count {
                while i < limit && isBasicIdeographLead(b[i]) { i &+= 3 }
                guard i < b.count else { break }
                let (v, length) = utf8Scalar(b, at: i)
                guard standsAlone(v) else { return false }
                i &+= length
            }
            return true
        }) {
            return answer
        }
        return text.unicodeScalars.allSatisfy { standsAlone($0.value) }
    }

    /// `s.count == 1`, read from the scalars where they decide it: one scalar is one character,
    /// and two or more that each stand alone are as many characters. Only other strings are broken
    /// into characters (which walks the grapheme rules a scalar at a time).
    static func isOneCharacter(_ s: String) -> Bool {
        let n = scalarCount(s)
        if n <= 1 { return n == 1 }
        if standsAlone(s) { return false }
        return s.count == 1
    }

    /// `s.count`: the scalars counted, in the same pass that finds they all stand alone; the
    /// characters otherwise.
    static func characterCount<S: StringProtocol>(_ s: S) -> Int {
        let counted = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
            var i = 0, n = 0
            while i < b.count {
                let (v, length) = utf8Scalar(b, at: i)
                guard standsAlone(v) else { return nil }
                i += length
                n += 1
            }
            return n
        }
        return (counted ?? nil) ?? s.count
    }

    /// `String(s.prefix(n))` (`fromEnd`: `suffix`), by scalars where every scalar stands alone.
    static func characters(_ s: String, first n: Int, fromEnd: Bool = false) -> String {
        guard standsAlone(s) else { return String(fromEnd ? s.suffix(n) : s.prefix(n)) }
        return String(fromEnd ? s.unicodeScalars.suffix(n) : s.unicodeScalars.prefix(n))
    }

    /// `s.split(separator: c, omittingEmptySubsequences: false)` as Strings, by scalars where every
    /// scalar stands alone (`c` one that does).
    static func pieces(_ s: String, at c: Unicode.Scalar) -> [String] {
        guard standsAlone(s), standsAlone(c.value) else {
            return s.split(separator: Character(c), omittingEmptySubsequences: false).map { String($0) }
        }
        // By bytes: UTF-8 is self-synchronising, so `c`'s bytes found whole start at a scalar.
        let separator = Array(String(c).utf8)
        var text = s
        return text.withUTF8 { b in
            separator.withUnsafeBufferPointer { w in
                var out: [String] = []
                var start = 0
                while let i = byteOffset(of: w, in: b, from: start) {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
                    start = i + w.count
                }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start...]), as: UTF8.self))
                return out
            }
        }
    }

    /// `s.firstIndex(of: Character(c))`, by scalars where every scalar stands alone.
    static func characterIndex(of c: Unicode.Scalar, in s: String) -> String.Index? {
        guard standsAlone(s), standsAlone(c.value) else { return s.firstIndex(of: Character(c)) }
        return s.unicodeScalars.firstIndex(of: c)
    }

    /// `s.hasSuffix(suffix)` (characters, canonically compared), by bytes where every scalar of
    /// both stands alone: none then has another canonical spelling, and each scalar is a character.
    static func characterSuffix(_ s: String, _ suffix: String) -> Bool {
        guard standsAlone(s), standsAlone(suffix) else { return s.hasSuffix(suffix) }
        return hasSuffix(s, suffix)
    }

    /// `String(s.dropLast(n))`, by scalars where every scalar stands alone.
    static func droppingLast(_ n: Int, of s: String) -> String {
        guard standsAlone(s) else { return String(s.dropLast(n)) }
        return String(s.unicodeScalars.dropLast(n))
    }

    /// `Array(s)`: one character a scalar where every scalar stands alone, without the grapheme
    /// rules; broken into characters otherwise.
    static func characters(_ s: String) -> [Character] {
        guard standsAlone(s) else { return Array(s) }
        return s.unicodeScalars.map(Character.init)
    }

    /// `text.range(of: word)` as Foundation answers it.
    static func characterRange(of word: String, in text: String) -> Range<String.Index>? {
        guard standsAlone(text), standsAlone(word) else { return text.range(of: word) }
        return range(of: word, in: text)
    }

    /// `text.range(of: word)` for a slice, as Foundation answers it.
    static func characterRange(of word: String, in text: Substring) -> Range<String.Index>? {
        guard standsAlone(text), standsAlone(word) else { return text.range(of: word) }
        return range(of: word, in: text.base, within: text.startIndex..<text.endIndex)
    }

    /// `text.replacingOccurrences(of: word, with: replacement)` as Foundation answers it: each
    /// match from the left, the search going on after it. By bytes where every scalar of `text` and
    /// `word` stands alone (a match of bytes is then a match of characters, and only that).
    static func replacing(_ word: String, with replacement: String, in text: String) -> String {
        guard !word.isEmpty, standsAlone(text), standsAlone(word) else {
            return text.replacingOccurrences(of: word, with: replacement)
        }
        var (t, w) = (text, word)
        return t.withUTF8 { tb in
            w.withUTF8 { wb in
                guard var at = byteOffset(of: wb, in: tb, from: 0) else { return text }
                var out = ""
                out.reserveCapacity(tb.count)
                var done = 0
                repeat {
                    out += String(decoding: UnsafeBufferPointer(rebasing: tb[done..<at]), as: UTF8.self)
                    out += replacement
                    done = at + wb.count
                    guard let next = byteOffset(of: wb, in: tb, from: done) else { break }
                    at = next
                } while true
                out += String(decoding: UnsafeBufferPointer(rebasing: tb[done...]), as: UTF8.self)
                return out
            }
        }
    }

    /// `text.contains(word)` as Foundation answers it.
    static func holds(_ text: String, _ word: String) -> Bool {
        characterRange(of: word, in: text) != nil
    }

    /// `text.contains(word)` for a slice, as Foundation answers it.
    static func holds(_ text: Substring, _ word: String) -> Bool {
        characterRange(of: word, in: text) != nil
    }

    /// The order of two strings' UTF-8 bytes (negative, zero, positive): `String`'s own order
    /// (`<`, `==`) when every scalar of both stands alone (`standsAlone`), since none then has
    /// another canonical spelling and UTF-8 keeps the scalars' order. Asked only of such strings.
    static func byteOrder(_ a: String, _ b: String) -> Int {
        var (a, b) = (a, b)
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = Swift.min(x.count, y.count)
                if n > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let c = memcmp(p, q, n)
                    if c != 0 { return Int(c) }
                }
                return x.count - y.count
            }
        }
    }
}
