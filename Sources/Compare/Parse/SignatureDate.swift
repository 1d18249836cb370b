/// Dates of issue: the signature date under the notice or at the end, and the print line.
extension MetadataExtractor {
    /// A date that is not a signature: "于2021年6月30日前", "2021年7月1日起施行", the print line
    /// "2018年7月13日印发".
    @inline(__always)
    static func isDateFollowerOfText(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "前", "后", "起", "止", "以", "之", "至", "到", "印", "开", "召", "发", "的", "为", "是", "在", "，",
            "、", "—", "-", "~", "～":
            return true
        default:
            return false
        }
    }

    /// "2018年7月12日" or "珠海…办公室2021年7月26日" at `i` (signature with date on one line).
    static func signatureDate(_ a: Scalars, at i: Int) -> Signature? {
        var j = i
        while j < a.count, j - i <= 40 {
            if let d = ScalarText.date(a, at: j) {
                if d.end < a.count, isDateFollowerOfText(a[d.end]) { return nil }
                let org = a[i..<j]
                if org.isEmpty { return Signature(date: d.value, org: nil, end: d.end) }
                guard isOrganization(org) else { return nil }
                return Signature(date: d.value, org: ScalarText.string(org), end: d.end)
            }
            if isSentencePunct(a[j]) || a[j] == "《" { return nil }
            j += 1
        }
        return nil
    }

    /// In a flattened opening, the first date after the notice that reads as a signature date;
    /// the organ right before it (after the last sentence mark) is the signature.
    static func flattenedSignature(_ a: Scalars, from i: Int) -> Signature? {
        var j = i
        var lastMark = i - 1
        let limit = min(a.count, i + 4000)
        while j < limit {
            let c = a[j]
            if isSentencePunct(c) || c == "）" || c == "》" { lastMark = j }
            if ScalarText.digit(c) != nil || ScalarText.yearDigit(c) != nil, let d = ScalarText.date(a, at: j) {
                let e = d.end
                let prev: Unicode.Scalar? = j > 0 ? a[j - 1] : nil
                let badPrev = prev.map { "于在自至到从截".unicodeScalars.contains($0) } ?? false
                if !badPrev, e >= a.count || !isDateFollowerOfText(a[e]) {
                    let org = a[(lastMark + 1)..<j]
                    return Signature(date: d.value, org: isOrganization(org) ? ScalarText.string(org) : nil, end: e)
                }
                j = e
                continue
            }
            j += 1
        }
        return nil
    }

    /// When the header gives no date: a signature date at the end of the document (with the
    /// signature right before it), else the print line "…2018年7月13日印发" / "…日印".
    /// `scalars`, when given, are the lines decoded (as the parser holds them).
    static func trailingDate(_ lines: [SourceLine], from headerEnd: Int, scalars: [[Unicode.Scalar]]? = nil) -> DateOfIssue {
        let n = lines.count
        guard n > 0 else { return DateOfIssue() }
        let first = max(0, n - 8)
        // Both readings below walk the same last lines: each is normalised once.
        var normalised: [Int: Scalars] = [:]
        func normalize(_ k: Int) -> Scalars {
            if let known = normalised[k] { return known }
            let made = Self.normalize(scalars?[k] ?? ScalarText.scalars(lines[k].text))
            normalised[k] = made
            return made
        }
        var k = n - 1
        while k >= max(first, headerEnd) {
            let a = normalize(k)
            if a.count <= 60, let s = signatureDate(a, at: 0), s.end == a.count {
                var org = s.org
                if org == nil, k > 0 {
                    let prev = normalize(k - 1)
                    if isOrganization(prev[...]) { org = ScalarText.string(prev) }
                }
                return DateOfIssue(date: s.date, org: org)
            }
            k -= 1
        }
        k = n - 1
        while k >= first {
            let whole = normalize(k)
            let a = whole.count > 80 ? Array(whole[(whole.count - 80)...]) : whole
            var j = 0
            while j < a.count {
                if let d = ScalarText.date(a, at: j) {
                    if ScalarText.has(a, W.yin, at: d.end) { return DateOfIssue(date: d.value) }
                    j = d.end
                    continue
                }
                j += 1
            }
            k -= 1
        }
        return DateOfIssue()
    }
}
