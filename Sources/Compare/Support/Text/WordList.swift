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

    init(_ words: [String]) {
        self.words = words
        bytes = words.map { Array($0.utf8) }
        oneCharacter = words.map(ScalarText.isOneCharacter)
    }

    /// Whether word `k` is said by `run`: `WordingCheck.matches(words[k], in: run)`.
    func matches(_ k: Int, in run: String) -> Bool {
        if oneCharacter[k] { return run == words[k] || run == words[k] + "以" }
        return bytes[k].withUnsafeBufferPointer { w in
            run.utf8.withContiguousStorageIfAvailable { r in ScalarText.byteOffset(of: w, in: r, from: 0) != nil }
                ?? ScalarText.contains(run, word: words[k])
        }
    }

    /// The first word, in order, that `run` says and `accept` takes.
    func first(in run: String, where accept: (String) -> Bool) -> String? {
        for k in words.indices where matches(k, in: run) && accept(words[k]) { return words[k] }
        return nil
    }
}
