/// From a unit statement to the names of the bodies: tails stripped, clauses split, names split.
extension UnitExtractor {
    // MARK: Tails and splitting

    /// Verb tails that follow unit names but are not part of them. Longest first.
    static let verbTails: [Scalars] = [
        "按照职责分工强化监管", "按职责分工强化监管", "按照职责分工落实", "按职责分工落实",
        "牵头负责", "牵头落实", "负责落实", "配合落实", "共同落实", "抓好落实", "具体落实",
        "负责", "落实", "牵头", "配合",
    ].map { Array($0.unicodeScalars) }

    /// Where a "by their duties" phrase begins, everything after it is a verb tail of any wording
    /// ("按照职责分工强化监管", "根据职责做好…").
    static let dutyStarts: [Scalars] = ["按照职责", "按职责", "根据职责", "依职责", "依照职责"]
        .map { Array($0.unicodeScalars) }

    static let by: Unicode.Scalar = "由"

    static func stripTails(_ s: Scalars, _ lo: Int, _ hi: Int) -> (lo: Int, hi: Int) {
        var a = lo, b = hi
        trim(s, &a, &b, spacesOnly: false)
        if a < b, s[a] == by, b - a > 2 { a += 1 }  // "由A牵头"
        if let p = aboveLeadIn(s, a, b) { a = p }  // "以上任务由A牵头"
        // Every duty phrase holds 职: a clause without it (most) is not searched for each.
        if s[a..<b].contains("职") {
            for start in dutyStarts {
                if let p = findDepth0(s, start, a, b), p > a { b = p; break }
            }
        }
        var changed = true
        while changed && a < b {
            changed = false
            trim(s, &a, &b, spacesOnly: false)
            for tail in verbTails where b - a > tail.count && hasSuffix(s, a, b, tail) {
                b -= tail.count
                changed = true
                break
            }
        }
        trim(s, &a, &b, spacesOnly: false)
        return (a, b)
    }

    /// 「以上」 and 「上述」: a unit statement said of the tasks above it opens so.
    static let aboveWords: [Scalars] = ["以上", "上述"].map { Array($0.unicodeScalars) }

    /// Where the names start in 「以上任务由A牵头」, 「上述工作由A、B负责」 (what the units are said
    /// of, then 由, before the names, within 8 scalars): after the 由; nil for any other clause.
    static func aboveLeadIn(_ s: Scalars, _ a: Int, _ b: Int) -> Int? {
        guard a < b, s[a] == "以" || s[a] == "上", aboveWords.contains(where: { hasPrefix(s, a, b, $0) }) else { return nil }
        guard let p = (a..<min(b, a + 8)).first(where: { s[$0] == by }), p + 1 < b else { return nil }
        return p + 1
    }

    /// Clause boundaries (，,；; and line breaks outside brackets).
    static func clauses(_ s: Scalars, _ lo: Int, _ hi: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var depth = 0
        var start = lo
        for i in lo..<hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0, isClauseSep(c) {
                if start < i { out.append((start, i)) }
                start = i + 1
            }
        }
        if start < hi { out.append((start, hi)) }
        return out
    }

    static func splitNames(_ s: Scalars, _ lo: Int, _ hi: Int) -> [String] {
        // Pieces as slices of `s` (a name without spaces is not copied before it becomes a String;
        // the rare glued piece copies its slice when it grows).
        var out: [ArraySlice<Unicode.Scalar>] = []
        var depth = 0
        var start = lo
        var sep: Unicode.Scalar? = nil
        func flush(_ end: Int, next: Unicode.Scalar?) {
            var a = start, b = end
            trim(s, &a, &b, spacesOnly: false)
            if a < b {
                let piece = squeezeSpaces(s, a, b)
                if piece.count <= 2, !out.isEmpty {
                    if let sep { out[out.count - 1].append(sep) }
                    out[out.count - 1] += piece
                } else {
                    out.append(piece)
                }
            }
            sep = next
        }
        for i in lo..<hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0, isClauseSep(c) || c == "、" {
                flush(i, next: c == "\n" || c == "\r" || c == ScalarText.cellBreak ? "、" : c)
                start = i + 1
            }
        }
        flush(hi, next: nil)
        return out.map { ScalarText.string($0) }
    }

    /// Removes spaces that touch Chinese text or brackets ("区党政办 (宣传科)"), keeping those
    /// between Latin words.
    static func squeezeSpaces(_ s: Scalars, _ lo: Int, _ hi: Int) -> ArraySlice<Unicode.Scalar> {
        // Most names hold no space: the slice itself instead of a scalar-by-scalar rebuild.
        guard s[lo..<hi].contains(where: isSpace) else { return s[lo..<hi] }
        var out = Scalars()
        out.reserveCapacity(hi - lo)
        var i = lo
        while i < hi {
            if isSpace(s[i]) {
                var j = i
                while j < hi, isSpace(s[j]) { j += 1 }
                let before = out.last
                let after: Unicode.Scalar? = j < hi ? s[j] : nil
                let wide = { (c: Unicode.Scalar?) -> Bool in
                    guard let c else { return true }
                    return CJK.isWide(c) || isOpen(c) || isClose(c)
                }
                if !(wide(before) || wide(after)) { out.append(" ") }
                i = j
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out[...]
    }

    /// A table's column header: nothing but role words ("牵头及责任单位", "牵头单位/配合单位").
    static func isColumnHeader(_ s: Scalars, _ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo <= 20 else { return false }
        var i = lo
        var kinds = 0
        outer: while i < hi {
            let c = s[i]
            if isSpace(c) || isOpen(c) || isClose(c) || "及和与、/／".unicodeScalars.contains(c) {
                i += 1
                continue
            }
            for w in headerWords where hasPrefix(s, i, hi, w) {
                if w == headerWords[0] || w == headerWords[1] { kinds += 1 }
                i += w.count
                continue outer
            }
            return false
        }
        return kinds > 0
    }

    static let headerWords: [Scalars] = ["单位", "部门", "牵头", "责任", "配合", "协办", "主责"]
        .map { Array($0.unicodeScalars) }

    /// Drops HTML tags ("<p>", "</p>", "<br/>") that survive in table cells of converted plans.
    static func withoutTags(_ s: Scalars) -> Scalars {
        guard s.contains("<") else { return s }
        var out = Scalars()
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == "<", i + 1 < s.count, s[i + 1] == "/" || CJK.isASCIIAlnum(s[i + 1]) {
                var j = i + 1
                while j < s.count, j - i <= 64, s[j] != ">", s[j] != "<" { j += 1 }
                if j < s.count, s[j] == ">" {
                    i = j + 1
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }
}
