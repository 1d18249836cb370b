/// The place a plan is for, its administrative level, and its year.
extension MetadataExtractor {
    /// The place a title names: the text before its year or before 政务公开/贯彻落实…, cut to a
    /// chain of administrative units ("天津市静海区"). "我区", "全市" name no place.
    static func titlePlace(_ t: Scalars) -> String? {
        guard !t.isEmpty else { return nil }
        var s = 0
        if let y = ScalarText.year(t, at: 0) {
            s = y.end
            if s < t.count, t[s] == "度" { s += 1 }
        }
        var end = t.count
        var p = s
        while p < t.count {
            if ScalarText.year(t, at: p) != nil || (ScalarText.digit(t[p]) != nil) {
                end = p
                break
            }
            var hit = false
            for w in W.placeStops where ScalarText.has(t, w, at: p) {
                hit = true
                break
            }
            if hit {
                end = p
                break
            }
            p += 1
        }
        guard end > s else { return nil }
        return adminChain(Array(t[s..<end]))
    }

    @inline(__always)
    static func isUnit(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "省", "市", "区", "县", "旗", "州", "盟": return true
        default: return false
        }
    }

    /// The leading chain of administrative units in `p`: "新疆维吾尔自治区吐鲁番市高昌区…" → all three;
    /// "乌鲁木齐市人民政府办公厅" → 乌鲁木齐市. Why forward and unit by unit: an issuer or title
    /// continues after the place with organ words (人民政府, 党政办公室) that end the chain, while
    /// "杭州市" shows a unit character (州) inside a name, so a unit directly followed by another
    /// unit is taken as one.
    static func adminChain(_ p0: Scalars) -> String? {
        var p = p0
        if ScalarText.has(p, W.s("中共"), at: 0) { p.removeFirst(2) }
        guard p.count >= 2 else { return nil }
        var i = 1
        while i < p.count, !isUnit(p[i]) || isFalseUnit(p, i) {
            if ScalarText.digit(p[i]) != nil || isSentencePunct(p[i]) { return nil }
            i += 1
        }
        guard i < p.count else { return nil }
        var end = mergeUnits(p, after: i)
        // Further units: a name of at most 12 scalars with no organ word, then a unit
        // ("郑州" + "航空港经济综合实验区", "济南市" + "市中区").
        chain: while end < p.count {
            var j = end
            while j < p.count, j - end < 12 {
                for w in W.organWords where ScalarText.has(p, w, at: j) { break chain }
                let c = p[j]
                if !CJK.isIdeograph(c) { break chain }
                if isUnit(c), j > end, !isFalseUnit(p, j) {
                    end = mergeUnits(p, after: j)
                    continue chain
                }
                j += 1
            }
            break
        }
        let place = Array(p[0..<end])
        if place.count == 2, "我本全各该此".unicodeScalars.contains(place[0]) { return nil }
        return ScalarText.string(place)
    }

    /// End of the unit at `i`, taking in a unit right after it when the first is a name's last
    /// character rather than a unit: "杭州市", "贵州省", "沙市区".
    static func mergeUnits(_ p: Scalars, after i: Int) -> Int {
        var end = i + 1
        if end < p.count, isUnit(p[end]), p[i] == "州" || (p[i] == "市" && p[end] == "区") { end += 1 }
        return end
    }

    /// Unit characters inside ordinary words: 城市, 市场, 社区, 区域, 县级, 市直…
    static func isFalseUnit(_ p: Scalars, _ j: Int) -> Bool {
        for w in W.falseUnitsAfter where ScalarText.has(p, w, at: j) { return true }
        for w in W.falseUnitsBefore where ScalarText.has(p, w, at: j - 1) { return true }
        return false
    }

    /// "高新区" in a title and "珠海高新技术产业开发区" in the issuer are the same place: the title's
    /// name is an abbreviation whose characters appear in order in the issuer's, with the same
    /// final unit. The issuer's longer form is the place's real name.
    static func prefersIssuerPlace(title t: Scalars, issuer s: Scalars) -> Bool {
        guard s.count > t.count, let lt = t.last, let ls = s.last, lt == ls else { return false }
        var k = 0
        for c in s where k < t.count && c == t[k] { k += 1 }
        return k == t.count
    }

    /// Level by the place's last unit. Choices: 省 and 自治区 and the four municipalities by
    /// themselves are provinces; development and high-tech zones, 新区, 园区 and 试验区/保税区-type
    /// areas are zones (checked first: "高新区" ends in 区 but is no district); 州, 自治州, 盟,
    /// 地区 are prefectures; 区 (districts, 林区, 特区), 县, 旗 and their autonomous forms are
    /// counties; 市 is a prefecture unless it is a county-level city, which shows either in the
    /// header ("XX市（县级市）") or in the chain, a 市 under a 市/州/盟/地区 ("恩施州恩施市").
    static func level(of loc: Scalars, header: ArraySlice<Scalars>) -> Metadata.Level? {
        let s = loc[...]
        for z in W.zoneSuffixes where ScalarText.hasSuffix(s, z) { return .zone }
        if ScalarText.hasSuffix(s, W.s("自治区")) { return .province }
        guard let last = loc.last else { return nil }
        switch last {
        case "省": return .province
        case "州", "盟": return .prefecture
        case "区":
            return ScalarText.hasSuffix(s, W.s("地区")) ? .prefecture : .county
        case "县", "旗": return .county
        case "市":
            for m in W.municipalities where loc == m { return .province }
            if loc.count >= 2 {
                // A 市 under another 市, 州, 盟 or 地区 in the chain is county-level.
                var k = loc.count - 2
                while k >= 1 {
                    switch loc[k] {
                    case "市", "州", "盟":
                        if k + 1 < loc.count - 1 { return .county }
                    case "区":
                        if k >= 1, loc[k - 1] == "地" { return .county }
                    default: break
                    }
                    k -= 1
                }
            }
            for line in header where ScalarText.contains(line[...], loc + W.s("（县级市）")) || ScalarText.contains(line[...], W.countyCity + loc) {
                return .county
            }
            return .prefecture
        default:
            return nil
        }
    }
}
