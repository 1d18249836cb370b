/// How much of a plan repeats the national wording, and how much is its own.
///
/// The index is the share of the plan's item characters (ideographs, letters and digits, as
/// `MatchText` keeps them) that lie inside a run of `phraseLength` or more consecutive characters
/// also found in the reference's own wording (its requirements' `wording` lines, section titles and
/// part headings): 1 for a plan that copies the national text, 0 for one written entirely in its
/// own words. Why runs of several characters and not single pairs: every plan shares pairs such as
/// 公开 and 信息 with the national text whatever it says, while a run of eight characters is a copied
/// phrase. Why the reference and not the consensus: the consensus is made of the compared plans'
/// own clauses, so a plan's index would rise with the company it is compared in.
/// Beside it, the plan's own content counted plainly: items naming units, items with deadlines,
/// and local additions (items carrying out no national section) with their share of characters.
public struct LocalisationIndex: Hashable, Sendable {
    /// The shortest run of characters counted as copied.
    public static let phraseLength = 8

    public var items: Int
    public var characters: Int
    public var copiedCharacters: Int
    public var itemsNamingUnits: Int
    public var itemsWithDeadlines: Int
    public var localAdditions: Int
    public var localCharacters: Int

    /// The share of characters repeating the reference wording (the index).
    public var index: Double { share(copiedCharacters) }
    /// The share of characters in local additions.
    public var localShare: Double { share(localCharacters) }

    func share(_ n: Int) -> Double { characters == 0 ? 0 : Double(n) / Double(characters) }

    /// The phrases of a reference a plan may copy, made once per reference.
    struct Phrases {
        let runs: Set<[UInt32]>

        init(_ reference: Reference) {
            var texts = reference.parts.map(\.heading) + reference.sections.map(\.title)
            texts += reference.sections.flatMap { $0.requirements.flatMap(\.wording) }
            var runs = Set<[UInt32]>()
            for t in texts {
                let s = MatchText(t).scalars
                guard s.count >= LocalisationIndex.phraseLength else { continue }
                for start in 0...(s.count - LocalisationIndex.phraseLength) {
                    runs.insert(Array(s[start..<start + LocalisationIndex.phraseLength]))
                }
            }
            self.runs = runs
        }

        /// How many characters of `text` lie inside a copied run.
        func copied(_ text: MatchText) -> Int {
            let s = text.scalars, n = LocalisationIndex.phraseLength
            guard s.count >= n else { return 0 }
            var covered = [Bool](repeating: false, count: s.count)
            for start in 0...(s.count - n) where runs.contains(Array(s[start..<start + n])) {
                for k in start..<start + n { covered[k] = true }
            }
            return covered.filter { $0 }.count
        }
    }

    static func measure(_ alignment: Alignment, phrases: Phrases) -> LocalisationIndex {
        var index = LocalisationIndex(items: alignment.items.count, characters: 0, copiedCharacters: 0, itemsNamingUnits: 0,
                                      itemsWithDeadlines: 0, localAdditions: 0, localCharacters: 0)
        for a in alignment.items {
            let text = MatchText(a.item.node.text)
            index.characters += text.count
            index.copiedCharacters += phrases.copied(text)
            if !a.item.node.units.isEmpty { index.itemsNamingUnits += 1 }
            if !a.item.node.deadlines.isEmpty { index.itemsWithDeadlines += 1 }
            if a.isLocal {
                index.localAdditions += 1
                index.localCharacters += text.count
            }
        }
        return index
    }
}
