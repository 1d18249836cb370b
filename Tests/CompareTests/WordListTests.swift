@testable import Compare
import XCTest

/// A word list answers as `WordingCheck.matches` does, word by word, for every lexicon word against
/// every run the check can meet: the corpus's clauses and pieces of them, each word alone, with 以,
/// inside longer text, and a one-character word written as its compatibility ideograph.
final class WordListTests: XCTestCase {
    func testAListMatchesAsTheWordingCheckReadsARun() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        let words = lexicon.pairs.flatMap { [$0.strong, $0.weak] } + lexicon.deferrals + lexicon.hedges + lexicon.firm + ["不", "", "a"]
        let list = WordList(words)
        var runs = ["", "以", "不", "\u{F967}", "\u{F967}以", "可以", "可能", "不得", "全面推进"]
        for name in Fixtures.planNames {
            for item in try Fixtures.plan(name).items {
                for clause in TextDiff.clauses(item.node.text) {
                    runs.append(clause)
                    runs.append(String(clause.prefix(2)))
                    runs.append(String(clause.suffix(3)))
                }
            }
        }
        for w in words { runs += [w, w + "以", w + "以后", "在" + w, w + w] }
        var found = 0
        for run in runs {
            for k in words.indices {
                let expected = WordingCheck.matches(words[k], in: run)
                XCTAssertEqual(list.matches(k, in: run), expected, "\(words[k]) in \(run)")
                if expected { found += 1 }
            }
            let first = words.first { WordingCheck.matches($0, in: run) && $0 != "可" }
            XCTAssertEqual(list.first(in: run, where: { $0 != "可" }), first, run)
        }
        XCTAssertGreaterThan(found, 1_000)
    }

    /// A copy the lexicon words leave alone cannot weaken or strengthen: wherever `mayChange` says
    /// no, the wording check's readings of the diffed runs find nothing. Every wording clause of
    /// both years against itself and against 12 variants of it (a lexicon word put in at a random
    /// place, one taken out, a strong word swapped for its weak one, characters changed or dropped,
    /// a character written as its compatibility ideograph, a one-character word put in as its
    /// compatibility ideograph), in the match texts the check compares; with the bundled lexicon,
    /// and with one that has one-character words with such twins (不, 更, 行), one written as the
    /// twin itself (U+F9D1 for 六).
    func testACopyNoLexiconWordSetsApartNeitherWeakensNorStrengthens() throws {
        let bundled = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var twinned = bundled
        twinned.hedges += ["不"]
        twinned.deferrals += ["更"]
        twinned.firm += ["行"]
        var writtenAsTwin = twinned
        writtenAsTwin.firm += ["\u{F9D1}"]
        // Each ideograph's compatibility twins (a compatibility ideograph decomposes canonically to one).
        var twins: [UInt32: [UInt32]] = [:]
        for v in Array(UInt32(0xF900)...0xFAFF) + Array(UInt32(0x2F800)...0x2FA1F) {
            guard let c = Unicode.Scalar(v) else { continue }
            let d = Array(String(c).decomposedStringWithCanonicalMapping.unicodeScalars)
            if d.count == 1, d[0].value != v { twins[d[0].value, default: []].append(v) }
        }
        XCTAssertEqual(twins[0x4E0D], [0xF967])
        for lexicon in [bundled, twinned, writtenAsTwin] {
            let (skipped, found) = checkCopies(LexiconWords(lexicon), twins: twins)
            XCTAssertGreaterThan(found, 100)
            // A word written as a twin may be said in any bytes: no copy is passed over.
            if lexicon.firm.contains("\u{F9D1}") { XCTAssertEqual(skipped, 0) } else { XCTAssertGreaterThan(skipped, 1_000) }
        }
    }

    /// The one-pass scan finds what a byte search for each word finds (`bytePresent`), and `anyIn`
    /// and `anyOf` answer from it as from the byte search: for the bundled lexicon's words and
    /// lists made to meet every case of the scan (words sharing a first character, one a prefix of
    /// another, repeated, empty, ASCII, of one character, above U+FFFF, a compatibility ideograph and
    /// its twin), against the corpus's clauses, pieces of them, and texts made of the words
    /// themselves, with random sets of words said by the other text.
    func testTheScanFindsWhatAByteSearchForEachWordFinds() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        let bundled = lexicon.pairs.flatMap { [$0.strong, $0.weak] } + lexicon.deferrals + lexicon.hedges + lexicon.firm
        let made = ["公开", "公开信息", "公", "公开", "信息公开", "a", "ab", "𠀀", "𠀀好", "好𠀀", "\u{F967}", "不", "不得", "、", "，公开"]
        var random = SeededRandom(seed: 41)
        var texts = ["", "公", "𠀀", "a", "\u{F967}不", "公公开开", "𠀀𠀀好𠀀"]
        for name in Fixtures.planNames.prefix(3) {
            for item in try Fixtures.plan(name).items {
                for clause in TextDiff.clauses(item.node.text) {
                    texts.append(clause)
                    texts.append(String(clause.suffix(5)))
                }
            }
        }
        for _ in 0..<300 { texts.append((0..<random.next(6)).map { _ in made[random.next(made.count)] }.joined()) }
        var (found, anyInTrue, anyOfTrue) = (0, 0, 0)
        for words in [bundled, made, made + [""], bundled + made] {
            let list = WordList(words)
            for text in texts {
                let expected = list.bytePresent(in: text)
                XCTAssertEqual(list.present(in: text), expected, text)
                found += expected.filter { $0 }.count
                let other = words.indices.map { _ in random.next(3) == 0 }
                let byteAnyIn = words.indices.contains { words[$0].isEmpty || !other[$0] && expected[$0] }
                let byteAnyOf = words.indices.contains { words[$0].isEmpty || other[$0] && !expected[$0] }
                // Told both texts stand alone, and no one-character word that may be written in
                // other bytes: the answer is the bytes'; otherwise it is yes whatever the bytes.
                let bytesDecide = !list.readsCharacters || words.allSatisfy { !ScalarText.isOneCharacter($0) || ScalarText.standsAlone($0) }
                XCTAssertEqual(list.anyIn(text, notIn: other, standAlone: true), bytesDecide ? byteAnyIn : true, text)
                XCTAssertEqual(list.anyOf(other, notIn: text, standAlone: true), bytesDecide ? byteAnyOf : true, text)
                if byteAnyIn { anyInTrue += 1 }
                if byteAnyOf { anyOfTrue += 1 }
            }
        }
        XCTAssertGreaterThan(found, 1_000)
        XCTAssertGreaterThan(anyInTrue, 100)
        XCTAssertGreaterThan(anyOfTrue, 100)
    }

    /// How many copies `mayChange` passes over, and how many of those it diffs a reading finds.
    private func checkCopies(_ words: LexiconWords, twins: [UInt32: [UInt32]]) -> (skipped: Int, found: Int) {
        let all = words.strong.words + words.weak.words + words.deferrals.words + words.hedges.words + words.firm.words
        let oneCharacter = all.map { MatchText($0).scalars }.filter { $0.count == 1 }.map { $0[0] }
        var random = SeededRandom(seed: 97)
        var (skipped, changed, found) = (0, 0, 0)
        for reference in Fixtures.taxonomy.references {
            for line in reference.sections.flatMap({ $0.requirements.flatMap(\.wording) }) {
                for clause in TextDiff.clauses(line) {
                    let ref = MatchText(clause)
                    guard ref.count >= 4 else { continue }
                    var variants = [ref.scalars]
                    for _ in 0..<12 {
                        var v = ref.scalars
                        switch random.next(6) {
                        case 0:
                            let w = MatchText(all[random.next(all.count)]).scalars
                            v.insert(contentsOf: w, at: random.next(v.count + 1))
                        case 1:
                            let w = MatchText(all[random.next(all.count)]).scalars
                            if let at = ref.firstOffset(of: w, from: 0) { v.removeSubrange(at..<(at + w.count)) }
                        case 2:
                            let k = random.next(words.strong.words.count)
                            let (strong, weak) = (MatchText(words.strong.words[k]).scalars, MatchText(words.weak.words[k]).scalars)
                            if let at = ref.firstOffset(of: strong, from: 0) { v.replaceSubrange(at..<(at + strong.count), with: weak) }
                        case 3:
                            let at = random.next(v.count)
                            if random.next(2) == 0 { v[at] = 0x5730 } else { v.remove(at: at) }
                        case 4:
                            // Every character that has a twin written as it.
                            v = v.map { twins[$0]?.first ?? $0 }
                        default:
                            let w = oneCharacter[random.next(oneCharacter.count)]
                            v.insert(twins[w]?.first ?? w, at: random.next(v.count + 1))
                        }
                        variants.append(v)
                    }
                    let refString = MatchText.string(ref.scalars)
                    for v in variants {
                        let text = MatchText.string(v)
                        let (removed, added, replacements) = TextDiff.runs(ref.scalars, v)
                        let weakened = WordingCheck.weakening(removed: removed, added: added, replacements: replacements, reference: refString, text: text, words: words)
                        let strengthened = WordingCheck.strengthening(removed: removed, text: text, words: words)
                        if words.mayChange(reference: refString, text: text) {
                            changed += 1
                            if weakened != nil || strengthened != nil { found += 1 }
                        } else {
                            XCTAssertNil(weakened, "\(refString) → \(text)")
                            XCTAssertNil(strengthened, "\(refString) → \(text)")
                            skipped += 1
                        }
                    }
                }
            }
        }
        print("mayChange: \(skipped) copies passed over, \(changed) diffed, \(found) of them weakened or strengthened")
        return (skipped, found)
    }
}
