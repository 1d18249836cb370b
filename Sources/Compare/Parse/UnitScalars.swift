/// Bracket-aware scanning of a unit statement within a range of its scalars.
extension UnitExtractor {
    // MARK: Scalar helpers

    @inline(__always) static func isOpen(_ c: Unicode.Scalar) -> Bool { ScalarText.isOpenBracket(c) }

    @inline(__always) static func isClose(_ c: Unicode.Scalar) -> Bool { ScalarText.isCloseBracket(c) }

    @inline(__always) static func isClauseSep(_ c: Unicode.Scalar) -> Bool {
        c == "，" || c == "," || c == "；" || c == ";" || c == "\n" || c == "\r" || c == ScalarText.cellBreak
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool { ScalarText.isBlank(c) }

    @inline(__always) static func isEndPunct(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "；" || c == ";" || c == "." || c == "！" || c == "？"
    }

    /// Trims spaces, and unless `spacesOnly`, list punctuation (，,；;、。．.) too.
    static func trim(_ s: Scalars, _ lo: inout Int, _ hi: inout Int, spacesOnly: Bool) {
        func drop(_ c: Unicode.Scalar) -> Bool {
            if isSpace(c) { return true }
            if spacesOnly { return false }
            return isClauseSep(c) || c == "、" || c == "。" || c == "．" || c == "."
        }
        while lo < hi, drop(s[lo]) { lo += 1 }
        while hi > lo, drop(s[hi - 1]) { hi -= 1 }
    }

    static func matchingClose(_ s: Scalars, _ open: Int, _ hi: Int) -> Int? {
        var depth = 0
        for i in open..<hi {
            if isOpen(s[i]) { depth += 1 } else if isClose(s[i]) {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }

    static func hasPrefix(_ s: Scalars, _ i: Int, _ hi: Int, _ p: Scalars) -> Bool {
        i + p.count <= hi && ScalarText.has(s, p, at: i)
    }

    static func hasSuffix(_ s: Scalars, _ lo: Int, _ hi: Int, _ p: Scalars) -> Bool {
        guard hi - lo >= p.count else { return false }
        return hasPrefix(s, hi - p.count, hi, p)
    }

    static func findDepth0(_ s: Scalars, _ p: Scalars, _ lo: Int, _ hi: Int) -> Int? {
        var depth = 0
        var i = lo
        while i < hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0, hasPrefix(s, i, hi, p) { return i }
            i += 1
        }
        return nil
    }

    static func joinKept(_ s: Scalars, _ keep: [Bool]) -> Scalars {
        var out = Scalars()
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if keep[i] {
                out.append(s[i])
                i += 1
                continue
            }
            // A removed annotation: drop a lone full stop right after it when the text before
            // already ends a sentence ("…透明。〔…〕。").
            while i < s.count, !keep[i] { i += 1 }
            var j = i
            while j < s.count, isSpace(s[j]) { j += 1 }
            var t = out.count
            while t > 0, isSpace(out[t - 1]) { t -= 1 }
            if j < s.count, isEndPunct(s[j]), t > 0, isEndPunct(out[t - 1]) {
                out.removeSubrange(t...)
                i = j + 1
            }
        }
        return out
    }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String { ScalarText.string(s) }
}
