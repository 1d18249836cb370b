/// The enumerations of a text (限额、余额、发行…等; “一网通查”“一网通办”), as lists of members.
///
/// Why a heuristic, and which: an enumeration's first member is glued to the words before it
/// (定期公开地方政府债务限额) and its last to what follows (偿债资金来源等信息). The first member is cut
/// after the last word that introduces a list (围绕, 涉及, 依托, 的…), then to the length the inner
/// members have when it is still much longer; the last at 等, and at a final 和 / 及 / 以及 that joins
/// one more. A member made of two long phrases joined by 和 / 及 / 与 (环境污染和生态破坏) is two
/// members: plans drop one half. A run of quoted phrases is a list too, with or without 、 between.
public enum Enumerations {
    /// Lists of at least `minimum` members, in text order. With `cutFirst` false the first member
    /// of the first clause is kept whole: the caller has already cut the words before the list.
    public static func extract(_ text: String, minimum: Int = 3, cutFirst: Bool = true) -> [[String]] {
        enumerations(text, cutFirst: cutFirst).map(\.members).filter { $0.count >= minimum }
    }

    /// One enumeration with what tells a list from a chance 、: whether 等 closes it or quotes mark
    /// its members, and the clause it stands in.
    public struct Enumeration: Hashable, Sendable {
        public var members: [String]
        /// The clause holding it (quote marks removed).
        public var clause: String
        /// What stands before its first member in the clause.
        public var leadIn: String
        /// 等 ends it, or its members are quoted: a list by the writer's own mark.
        public var marked: Bool
        /// Two phrases of a kind joined by 与/和/及 (反垄断与反不正当竞争): the weakest sign of a list,
        /// since where the second phrase ends is a guess.
        public var parallel: Bool = false
    }

    /// Every enumeration of two members or more, in text order.
    public static func enumerations(_ text: String, cutFirst: Bool = true) -> [Enumeration] {
        var out: [Enumeration] = []
        for (n, clause) in clauses(text).enumerated() {
            let quoted = quotedSeries(clause.quotes)
            var found: [[String]] = []
            if let (written, closed) = series(clause.text, cutFirst: cutFirst || n > 0) {
                // Quoted phrases written without 、 between them (“娱乐化”“空壳”) are members each.
                let list = written.flatMap { m in quoted.first { $0.joined() == m } ?? [m] }
                let marked = closed || list.count > written.count || quoted.contains { Set($0) == Set(list) }
                if list.count >= 2 {
                    out.append(Enumeration(members: list, clause: clause.text, leadIn: leadIn(clause.text, first: list[0]), marked: marked))
                    found.append(list)
                }
            }
            for q in quoted where !found.contains(where: { Set(q).isSubset(of: Set($0)) }) {
                out.append(Enumeration(members: q, clause: clause.text, leadIn: leadIn(clause.text, first: q[0]), marked: true))
                found.append(q)
            }
            if found.isEmpty, let pair = parallelPair(clause.text) {
                out.append(Enumeration(members: pair, clause: clause.text, leadIn: leadIn(clause.text, first: pair[0]), marked: true, parallel: true))
            }
        }
        return out
    }

    static func leadIn(_ clause: String, first: String) -> String {
        guard let r = ScalarText.range(of: first, in: clause) else { return "" }
        return String(clause[..<r.lowerBound])
    }

    /// The 、-series of one clause, its edges cut, and whether 等 closes it; nil when the clause has
    /// no 、.
    static func series(_ clause: String, cutFirst: Bool) -> (members: [String], closed: Bool)? {
        // Most clauses hold no 、: told from the bytes before splitting by characters (no other
        // scalar is canonically equal to U+3001, so a clause without it has no separator; a test
        // holds this on every scalar).
        guard ScalarText.contains(clause, "、") else { return nil }
        // Character counts, cuts and splits by scalars where every scalar stands alone (`CharacterSearch`).
        let count: (String) -> Int = ScalarText.characterCount
        var parts = ScalarText.pieces(clause, at: "、")
        guard parts.count >= 2 else { return nil }
        var last = parts[parts.count - 1]
        var closed = false
        if let deng = ScalarText.characterIndex(of: "等", in: last) {
            last = String(last[..<deng])
            closed = true
        }
        // A final 和 / 及 / 以及 joins one more member (…、专项规划和区域规划); 及其 is "and its".
        let middle = parts.count > 2 ? Array(parts[1..<(parts.count - 1)]) : []
        let middleTypical = middle.isEmpty ? nil : max(2, middle.map(count).sorted()[middle.count / 2])
        var tail: [String] = []
        for joiner in ["以及", "和", "及"] {
            if let r = joinerRange(joiner, in: last, backwards: true), r.lowerBound != last.startIndex {
                let after = String(last[r.upperBound...])
                if !after.isEmpty && count(after) <= (middleTypical ?? count(after)) * 2 {
                    tail = [after]
                    last = String(last[..<r.lowerBound])
                }
                break
            }
        }
        let inner = middle + (tail.isEmpty ? [] : [last])
        let typical = max(2, inner.isEmpty ? min(count(last), 6) : inner.map(count).sorted()[inner.count / 2])
        if cutFirst {
            parts[0] = afterLeadWords(parts[0])
            let first = count(parts[0])
            if first > typical * 2 || (inner.isEmpty && first > typical) {
                parts[0] = ScalarText.characters(parts[0], first: typical, fromEnd: true)
            }
        }
        // Without 等 the last member runs on into the sentence; with it, it ends there.
        if count(last) > (closed ? 12 : typical * 2) { last = ScalarText.characters(last, first: typical) }
        if !closed, tail.isEmpty { last = withoutHead(last, others: middle) }
        if !closed, let t = tail.first { tail = [withoutHead(t, others: middle + [last])] }
        parts[parts.count - 1] = last
        let members = (parts + tail).map(ScalarText.trimmingSpaces).filter { !$0.isEmpty }
        return (members.flatMap(splitJoined), closed)
    }

    /// Words that introduce a list inside its clause (重点围绕散发疫情、…; 密切关注涉及疫情防控、…;
    /// 直达基层的分配、…): the first member starts after the last of them.
    static let introducers = ["围绕", "涉及", "包括", "有关", "依托", "关于", "针对", "聚焦", "关注", "通过", "采用", "运用", "的"]
    /// Verbs that open a clause before its list (做好教育、卫生…): stripped from its start only, since
    /// they also end members (政府信息公开).
    static let leadVerbs = [
        "做好", "加强", "推进", "公开", "公布", "落实", "重点", "定期", "及时", "主动", "开展", "有效", "密切", "做到", "实行",
        "实现", "建立", "完善", "充分", "体现", "大力", "切实", "进一步", "健全", "推动", "与",
    ]

    /// A clause's first piece after its last introducer, then without its opening verbs, as long as
    /// two characters or more are left.
    ///
    /// A piece whose every scalar stands alone is read by scalars (each a character; the words are
    /// ideographs): by characters, each verb's prefix test and each distance walked the piece's
    /// grapheme breaks, most of the list reading of a long clause.
    static func afterLeadWords(_ piece: String) -> String {
        guard ScalarText.standsAlone(piece) else { return characterAfterLeadWords(piece) }
        let s = Array(piece.unicodeScalars)
        func occurs(_ word: [Unicode.Scalar], at i: Int) -> Bool {
            i >= 0 && i + word.count <= s.count && s[i..<(i + word.count)].elementsEqual(word)
        }
        var start = 0
        for word in introducerScalars {
            // The last place the word ends with two characters or more after it.
            if let at = stride(from: s.count - word.count, through: 0, by: -1).first(where: { occurs(word, at: $0) }),
               s.count - (at + word.count) >= 2, at + word.count > start {
                start = at + word.count
            }
        }
        var m = start
        var changed = true
        while changed {
            changed = false
            for verb in leadVerbScalars where occurs(verb, at: m) && s.count - m > verb.count + 1 {
                m += verb.count
                changed = true
            }
        }
        return ScalarText.string(s[m...])
    }

    private static let introducerScalars = introducers.map { Array($0.unicodeScalars) }
    private static let leadVerbScalars = leadVerbs.map { Array($0.unicodeScalars) }

    /// `afterLeadWords` by characters: any piece, and the reading the scalar one is held to.
    static func characterAfterLeadWords(_ piece: String) -> String {
        var start = piece.startIndex
        for word in introducers {
            if let r = ScalarText.range(of: word, in: piece, backwards: true), piece.distance(from: r.upperBound, to: piece.endIndex) >= 2,
               r.upperBound > start {
                start = r.upperBound
            }
        }
        var m = piece[start...]
        var changed = true
        while changed {
            changed = false
            for verb in leadVerbs where m.hasPrefix(verb) && ScalarText.characterCount(m) > verb.count + 1 {
                m = m.dropFirst(verb.count)
                changed = true
            }
        }
        return String(m)
    }

    /// Nouns a sentence puts after its list (…、下达和使用管理信息; …及相关报表公开): not part of the
    /// last member when no 等 ends the list.
    static let heads = ["信息", "情况", "工作", "公开", "方面", "领域", "问题", "内容", "事项"]

    /// Unless the other members end with the same noun: then it is theirs too (决策公开、执行公开、
    /// …结果公开).
    static func withoutHead(_ member: String, others: [String] = []) -> String {
        // Suffixes by bytes where that is exact (`ScalarText.characterSuffix`): `hasSuffix` compared
        // characters, a tenth of reading a list.
        for head in heads where ScalarText.characterSuffix(member, head) && ScalarText.characterCount(member) >= head.count + 2 {
            return others.contains { ScalarText.characterSuffix($0, head) } ? member : ScalarText.droppingLast(head.count, of: member)
        }
        return member
    }

    /// Two phrases joined by 与 / 和 / 及 / 以及 that open with the same character (反垄断与反不正当竞争):
    /// parallel members, as a writer lists two of a kind. The first starts after the clause's lead
    /// words and is at most eight characters; the second is cut before the noun the sentence puts
    /// after it, at most three characters longer than the first.
    static func parallelPair(_ clause: String) -> [String]? {
        for joiner in ["以及", "与", "和", "及"] {
            guard let r = joinerRange(joiner, in: clause), r.lowerBound != clause.startIndex else { continue }
            let a = afterLeadWords(String(clause[..<r.lowerBound]))
            var b = Substring(clause[r.upperBound...])
            guard a.count >= 2, a.count <= 8, let first = a.first, b.first == first else { continue }
            if let head = heads.compactMap({ ScalarText.range(of: $0, in: clause, within: b.startIndex..<b.endIndex)?.lowerBound }).min() { b = b[..<head] }
            b = b.prefix(a.count + 3)
            guard b.count >= 2 else { continue }
            return [a, String(b)]
        }
        return nil
    }

    /// Words a joining character is part of, by what stands before or after it: 及时, 普及, 涉及, 及其
    /// ("and its"), 参与, 给与, 和谐, 和平, 温和. There 及, 与 and 和 join nothing.
    static let wordsBefore: [String: Set<Character>] = ["及": ["普", "涉", "危", "波", "顾", "遍", "企", "以"], "与": ["参", "给", "赋", "授", "予"], "和": ["温", "共", "缓", "调", "柔", "平"]]
    static let wordsAfter: [String: Set<Character>] = ["及": ["时", "其", "早"], "与": ["会"], "和": ["谐", "平", "睦"]]

    /// The first (or last) place `joiner` joins two phrases in `text`, passing over the words it is
    /// part of.
    static func joinerRange(_ joiner: String, in text: String, backwards: Bool = false) -> Range<String.Index>? {
        var searched = text.startIndex..<text.endIndex
        while let r = ScalarText.range(of: joiner, in: text, backwards: backwards, within: searched) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            let partOfWord = (before.map { wordsBefore[joiner]?.contains($0) ?? false } ?? false)
                || (after.map { wordsAfter[joiner]?.contains($0) ?? false } ?? false)
            if !partOfWord { return r }
            searched = backwards ? text.startIndex..<r.lowerBound : r.upperBound..<text.endIndex
        }
        return nil
    }

    /// Joiners inside one member that make it two (环境污染和生态破坏).
    static let innerJoiners = ["以及", "和", "及", "与"]
    /// Their first scalars (four: compared, not hashed).
    static let joinerStarts: [Unicode.Scalar] = innerJoiners.compactMap(\.unicodeScalars.first)

    /// A member made of two phrases of four characters or more joined by 和 / 及 / 与, as two members;
    /// a shorter half shares the other's words (保障和改善民生) and is kept whole.
    static func splitJoined(_ member: String) -> [String] {
        // Most members hold no joiner: where every scalar stands alone, a joiner is found only as its
        // own scalars (`joinerRange` searches by bytes there), so a member without 以, 和, 及 and 与
        // is whole.
        let starts = joinerStarts
        if ScalarText.standsAlone(member), !member.unicodeScalars.contains(where: { starts.contains($0) }) { return [member] }
        for joiner in innerJoiners {
            guard let r = joinerRange(joiner, in: member) else { continue }
            let a = String(member[..<r.lowerBound]), b = String(member[r.upperBound...])
            if ScalarText.characterCount(a) >= 4 && ScalarText.characterCount(b) >= 4 { return [a, b] }
        }
        return [member]
    }

    /// Runs of two or more quoted phrases (“一网通查”“一网通答”, “娱乐化”“空壳”), from the quotes of a
    /// clause in order, each with whether only 、 / 和 / 与 / 及 or nothing stands between it and the one
    /// before.
    static func quotedSeries(_ quotes: [(phrase: String, adjacent: Bool)]) -> [[String]] {
        var out: [[String]] = []
        var run: [String] = []
        for q in quotes {
            if q.adjacent, !run.isEmpty { run.append(q.phrase) } else {
                if run.count >= 2 { out.append(run) }
                run = [q.phrase]
            }
        }
        if run.count >= 2 { out.append(run) }
        return out.map { $0.filter { !$0.isEmpty } }.filter { $0.count >= 2 }
    }
}
