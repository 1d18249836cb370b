/// Words looked for in text after text, each word's UTF-8 bytes and whether it is one character
/// read once: `ScalarText.contains(_:word:)` for a word of two characters or more, and for a word
/// of one the whole run (or the word and 以), as `WordingCheck.matches` reads a run.
///
/// Why: the wording check asks each lexicon word of each run a copied clause adds, drops or
/// replaces; `contains` made both strings contiguous and `isOneCharacter` counted the word, every
/// time, for a dozen words a run.
struct WordList: Sendable {
    let words: [String]
    private let bytes: [[UInt8]]
    private let oneCharacter: [Bool]

    /// Whether a word of one character is read by `==` (`matches`): then a run can say it in other
    /// bytes, as a compatibility ideograph (U+F967) says 不, and its bytes need not stand in the text;
    /// and whether each such word stands alone (`ScalarText.standsAlone`), as it then is said only
    /// by its own bytes in a text that stands alone too.
    let readsCharacters: Bool
    private let charactersStandAlone: Bool
    /// Each word's first scalar (0 for an empty word), the set of them below U+10000, and whether
    /// any is above or a word is empty: what `scan` reads a text against.
    private let firstScalars: [UInt32]
    private let starts: ScalarSet
    private let wideStart: Bool
    private let hasEmpty: Bool

    init(_ words: [String]) {
        self.words = words
        bytes = words.map { Array($0.utf8) }
        let oneCharacter = words.map(ScalarText.isOneCharacter)
        self.oneCharacter = oneCharacter
        readsCharacters = oneCharacter.contains(true)
        charactersStandAlone = words.indices.allSatisfy { !oneCharacter[$0] || ScalarText.standsAlone(words[$0]) }
        firstScalars = words.map { $0.unicodeScalars.first?.value ?? 0 }
        starts = ScalarSet(words.compactMap(\.unicodeScalars.first))
        wideStart = firstScalars.contains { $0 >= 0x1_0000 }
        hasEmpty = words.contains { $0.isEmpty }
    }

    /// Visits each non-empty word standing in `t` by its bytes, at each place it starts, until
    /// `visit` says stop; whether it did. One pass over the text's scalars, asking only the words
    /// whose first scalar stands there: the same places as a byte search for each word
    /// (`bytePresent`), since a word's bytes in valid UTF-8 start where a scalar does. A byte
    /// search per word stopped at every scalar sharing the word's first byte, a third of a
    /// Chinese text, for each of the lexicon's words.
    private func scan(_ t: UnsafeBufferPointer<UInt8>, _ visit: (Int) -> Bool) -> Bool {
        var i = 0
        while i < t.count {
            let (v, length) = ScalarText.utf8Scalar(t, at: i)
            if starts.contains(value: v) || (wideStart && v >= 0x1_0000) {
                for k in firstScalars.indices where firstScalars[k] == v {
                    let w = bytes[k]
                    guard !w.isEmpty, w.count <= t.count - i else { continue }
                    var n = 0
                    while n < w.count, t[i + n] == w[n] { n += 1 }
                    if n == w.count, visit(k) { return true }
                }
            }
            i += length
        }
        return false
    }

    /// Whether word `k` is said by `run`: `WordingCheck.matches(words[k], in: run)`.
    func matches(_ k: Int, in run: String) -> Bool {
        if oneCharacter[k] { return run == words[k] || run == words[k] + "以" }
        return bytes[k].withUnsafeBufferPointer { w in
            run.utf8.withContiguousStorageIfAvailable { r in ScalarText.byteOffset(of: w, in: r, from: 0) != nil }
                ?? ScalarText.contains(run, word: words[k])
        }
    }

    /// Which words stand in `text`, by their bytes (an empty word stands everywhere): a text read
    /// against many (`anyIn(_:notIn:standAlone:)`, `anyOf`) is read once.
    func present(in text: String) -> [Bool] {
        var out = [Bool](repeating: false, count: words.count)
        var t = text
        t.withUTF8 { tb in
            _ = scan(tb) { k in
                out[k] = true
                return false
            }
        }
        for k in words.indices where bytes[k].isEmpty { out[k] = true }
        return out
    }

    /// `present(in:)` by a byte search for each word: the reading the scan is held to.
    func bytePresent(in text: String) -> [Bool] {
        var t = text
        return t.withUTF8 { tb in
            bytes.map { w in w.withUnsafeBufferPointer { wb in wb.isEmpty || ScalarText.byteOffset(of: wb, in: tb, from: 0) != nil } }
        }
    }

    /// Whether some word stands in `text` and not in the text whose words are `other`
    /// (`present(in:)`), by their bytes. What `matches` finds in a run cut from `text` stands in
    /// `text`, so a check of runs that needs such a word is passed over without its diff when there
    /// is none. An empty word counts as standing in both. `standAlone`: whether both texts stand
    /// alone (`ScalarText.standsAlone`); when they may not and a word of one character is read by
    /// `==` (`readsCharacters`), its bytes prove nothing and the answer is yes.
    func anyIn(_ text: String, notIn other: [Bool], standAlone: Bool) -> Bool {
        if readsCharacters && !(standAlone && charactersStandAlone) { return true }
        if hasEmpty { return true }
        var t = text
        return t.withUTF8 { tb in scan(tb) { k in !other[k] } }
    }

    /// Whether some word stands in the text whose words are `other` and not in `text`: `anyIn`
    /// the other way round.
    func anyOf(_ other: [Bool], notIn text: String, standAlone: Bool) -> Bool {
        if readsCharacters && !(standAlone && charactersStandAlone) { return true }
        if hasEmpty { return true }
        guard other.contains(true) else { return false }
        let inText = present(in: text)
        return words.indices.contains { other[$0] && !inText[$0] }
    }

    /// The first word, in order, that `run` says and `accept` takes.
    func first(in run: String, where accept: (String) -> Bool) -> String? {
        for k in words.indices where matches(k, in: run) && accept(words[k]) { return words[k] }
        return nil
    }
}
