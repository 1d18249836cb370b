import Foundation

/// The words that make an obligation stronger or weaker, and the domain's standard terms: data in
/// `Corpus/taxonomy/obligations.txt` and `glossary.txt`, so that an office can extend them without
/// touching code.
public struct ObligationLexicon: Hashable, Sendable {
    /// Added to a copied clause, they soften it (逐步, 探索, 鼓励, 原则上).
    public var hedges: [String]
    /// Added, they hand the duty to someone else (配合, 协助).
    public var deferrals: [String]
    /// Dropped from a copied clause, the obligation is softer (及时, 全部, 定期, 全面).
    public var firm: [String]
    /// Cautions and bans (避免, 防止, 不得): a clause holding one that a plan leaves out loosens a
    /// limit the reference sets.
    public var cautions: [String] = []
    /// Words that drive an obligation harder (加大, 强化, 加快): a clause holding one that a plan leaves
    /// out weakens it, where a dropped clause without such a word narrows what the work covers.
    public var intensifiers: [String] = []
    /// Words naming the whole country or its government (国家, 全国, 国务院) and words naming a
    /// locality (市, 区, 本地区): a copied clause that puts the second for the first narrows where
    /// the requirement applies (创新型国家 → 创新型城市).
    public var wider: [String] = []
    public var narrower: [String] = []
    /// A strong word replaced by a weak one (全面 → 逐步, 要 → 可).
    public var pairs: [Pair]
    /// Standard terms whose misspelling is worth a finding (政府门户网站).
    public var glossary: [String]
    /// Words localities put for one another in a required phrase (部门 · 机关 · 单位): a plan that
    /// writes 各机关所属单位 for 部门所属单位 has said it.
    public var equivalents: [[String]] = []

    public struct Pair: Hashable, Sendable {
        public var strong: String
        public var weak: String
    }

    public init(hedges: [String] = [], deferrals: [String] = [], firm: [String] = [], pairs: [Pair] = [], glossary: [String] = []) {
        self.hedges = hedges
        self.deferrals = deferrals
        self.firm = firm
        self.pairs = pairs
        self.glossary = glossary
    }

    /// Reads `obligations.txt` and `glossary.txt` of the taxonomy folder.
    public static func load(directory: String) throws(TaxonomyError) -> ObligationLexicon {
        try load(.folder(directory))
    }

    /// Reads `obligations.txt` and `glossary.txt` of a folder or of the built-in taxonomy.
    public static func load(_ source: TaxonomySource) throws(TaxonomyError) -> ObligationLexicon {
        var lexicon = try parse(obligations: source.text("obligations.txt"), path: source.path("obligations.txt"))
        (lexicon.glossary, lexicon.equivalents) = try glossaryFile(text: source.text("glossary.txt"), path: source.path("glossary.txt"))
        return lexicon
    }

    public static func parse(obligations text: String, path: String) throws(TaxonomyError) -> ObligationLexicon {
        var lexicon = ObligationLexicon()
        for line in TaxonomyFile.lines(text) {
            let members = TaxonomyFile.members(line.value)
            switch line.keyword {
            case "hedge": lexicon.hedges += members
            case "defer": lexicon.deferrals += members
            case "firm": lexicon.firm += members
            case "caution": lexicon.cautions += members
            case "intensify": lexicon.intensifiers += members
            case "wider": lexicon.wider += members
            case "narrower": lexicon.narrower += members
            case "pair":
                let words = line.value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard words.count == 2 else {
                    throw .syntax(path: path, line: line.number, problem: "a pair line is 'pair <strong> <weak>', e.g. 'pair 全面 逐步'")
                }
                lexicon.pairs.append(Pair(strong: words[0], weak: words[1]))
            default:
                throw .syntax(path: path, line: line.number, problem: "unknown keyword '\(line.keyword)' (known: hedge, defer, firm, caution, intensify, wider, narrower, pair)")
            }
            if line.keyword != "pair" && members.isEmpty {
                throw .syntax(path: path, line: line.number, problem: "'\(line.keyword)' lists no word; separate words with 、")
            }
        }
        if lexicon.hedges.isEmpty || lexicon.firm.isEmpty {
            throw .syntax(path: path, line: 1, problem: "the lexicon needs at least one 'hedge' and one 'firm' line")
        }
        return lexicon
    }

    /// Whether a reference clause binds firmly: it holds a firm word, a caution, a word that drives the
    /// obligation harder, or the strong word of a pair. Leaving such a clause out weakens the
    /// requirement; leaving out another narrows its scope.
    /// Words are found by their bytes (`ScalarText.contains(_:word:)`): Foundation's search, which
    /// `String.contains` is on Linux, was a seventh of the whole check here.
    func isFirm(_ clause: String) -> Bool {
        let has = { (word: String) in ScalarText.contains(clause, word: word) }
        return firm.contains(where: has) || cautions.contains(where: has) || intensifiers.contains(where: has)
            || pairs.contains { !$0.strong.isEmpty && !ScalarText.isOneCharacter($0.strong) && has($0.strong) }
    }

    public static func parse(glossary text: String, path: String) throws(TaxonomyError) -> [String] {
        try glossaryFile(text: text, path: path).terms
    }

    /// The glossary's `terms` lines and its `same` lines (words that stand for one another).
    public static func glossaryFile(text: String, path: String) throws(TaxonomyError) -> (terms: [String], equivalents: [[String]]) {
        var terms: [String] = []
        var equivalents: [[String]] = []
        for line in TaxonomyFile.lines(text) {
            let members = TaxonomyFile.members(line.value)
            switch line.keyword {
            case "terms":
                if members.isEmpty {
                    throw .syntax(path: path, line: line.number, problem: "'terms' lists no term; separate terms with 、")
                }
                terms += members
            case "same":
                if members.count < 2 {
                    throw .syntax(path: path, line: line.number, problem: "'same' needs two or more words that stand for one another, separated by 、 (same 部门、机关、单位)")
                }
                equivalents.append(members)
            default:
                throw .syntax(path: path, line: line.number, problem: "unknown keyword '\(line.keyword)' (a glossary line is 'terms <term>、<term>…' or 'same <word>、<word>…')")
            }
        }
        return (terms, equivalents)
    }
}

/// The lexicon's words as the wording check reads them, run after run (`WordList`): made once a
/// reference, not once a run.
struct LexiconWords: Sendable {
    /// `pairs`' strong and weak words, pair by pair.
    let strong, weak: WordList
    let deferrals, hedges, firm: WordList

    init(_ lexicon: ObligationLexicon) {
        strong = WordList(lexicon.pairs.map(\.strong))
        weak = WordList(lexicon.pairs.map(\.weak))
        deferrals = WordList(lexicon.deferrals)
        hedges = WordList(lexicon.hedges)
        firm = WordList(lexicon.firm)
        readsCharacters = [weak, deferrals, hedges, firm].contains { $0.readsCharacters }
    }

    /// Whether some list `mayChange` reads reads a word of one character by `==`.
    private let readsCharacters: Bool

    /// Whether a copy can weaken or strengthen its reference clause at all (`WordingCheck.weakening`,
    /// `strengthening`): `text` says a weak word, a deferral or a hedge that `reference` does not, or
    /// `reference` a firm word or a hedge that `text` does not. Every word those find stands in a
    /// run the copy adds (so in `text`) or drops (so in `reference`): by its bytes, where both texts
    /// stand alone (a word of one character is read by `==`, which takes a compatibility ideograph
    /// for its twin).
    func mayChange(reference: String, text: String) -> Bool {
        mayChange(reference: presence(in: reference), text: text)
    }

    /// `mayChange` with the reference's words read already (`presence(in:)`, once a reference
    /// clause, not once a copy of it).
    func mayChange(reference: Presence, text: String) -> Bool {
        let alone = !readsCharacters || ScalarText.standsAlone(text) && reference.standsAlone
        return weak.anyIn(text, notIn: reference.weak, standAlone: alone) || deferrals.anyIn(text, notIn: reference.deferrals, standAlone: alone)
            || hedges.anyIn(text, notIn: reference.hedges, standAlone: alone)
            || firm.anyOf(reference.firm, notIn: text, standAlone: alone) || hedges.anyOf(reference.hedges, notIn: text, standAlone: alone)
    }

    /// Which of the lists' words a text holds (`WordList.present(in:)`), and whether it stands alone.
    struct Presence: Sendable {
        var weak, deferrals, hedges, firm: [Bool]
        var standsAlone: Bool
    }

    func presence(in text: String) -> Presence {
        Presence(weak: weak.present(in: text), deferrals: deferrals.present(in: text), hedges: hedges.present(in: text),
                 firm: firm.present(in: text), standsAlone: ScalarText.standsAlone(text))
    }
}
