/// The province-level division a plan belongs to (新疆, 广东, 天津…), from what the plan itself says.
///
/// Why: plans of one province implement the same provincial key points and cite the same provincial
/// documents, so "the plans of the same region" is what a year-over-year or cross-plan review pairs.
/// Few plans state their province in the header (乌鲁木齐市, 静海区, 康巴什区 do not), but nearly all
/// name it in the body (自治区政府, 天津工作) or cite its government's documents (新政办发〔2020〕25号).
///
/// How: each province scores by its names in the locality and issuer (a chain that starts with it:
/// 新疆维吾尔自治区吐鲁番市…), by the provincial documents cited (the number's prefix is the province's
/// one-character abbreviation followed by 政 or 府), and by mentions of its names in the text. The best
/// score wins; a tie, or no evidence, leaves the province unknown rather than guessed.
///
/// Known limit: a few cities number their documents like a province (南京 宁政, 青岛 青政), so a plan citing
/// only those scores for 宁夏 or 青海; mentions of the province's own name usually outweigh them.
public enum ProvinceFinder {
    struct Province {
        /// The short name reports use ("新疆").
        var name: String
        /// Other names in the text ("新疆维吾尔自治区"); the short name is one of them.
        var names: [String]
        /// The abbreviation that opens its government's document numbers ("新" in 新政办发).
        var code: Unicode.Scalar
    }

    /// The 31 province-level divisions of the mainland.
    static let provinces: [Province] = [
        ("北京", ["北京市"], "京"), ("天津", ["天津市"], "津"), ("河北", ["河北省"], "冀"), ("山西", ["山西省"], "晋"),
        ("内蒙古", ["内蒙古自治区"], "内"), ("辽宁", ["辽宁省"], "辽"), ("吉林", ["吉林省"], "吉"),
        ("黑龙江", ["黑龙江省"], "黑"), ("上海", ["上海市"], "沪"), ("江苏", ["江苏省"], "苏"), ("浙江", ["浙江省"], "浙"),
        ("安徽", ["安徽省"], "皖"), ("福建", ["福建省"], "闽"), ("江西", ["江西省"], "赣"), ("山东", ["山东省"], "鲁"),
        ("河南", ["河南省"], "豫"), ("湖北", ["湖北省"], "鄂"), ("湖南", ["湖南省"], "湘"), ("广东", ["广东省"], "粤"),
        ("广西", ["广西壮族自治区"], "桂"), ("海南", ["海南省"], "琼"), ("重庆", ["重庆市"], "渝"), ("四川", ["四川省"], "川"),
        ("贵州", ["贵州省"], "黔"), ("云南", ["云南省"], "云"), ("西藏", ["西藏自治区"], "藏"), ("陕西", ["陕西省"], "陕"),
        ("甘肃", ["甘肃省"], "甘"), ("青海", ["青海省"], "青"), ("宁夏", ["宁夏回族自治区"], "宁"),
        ("新疆", ["新疆维吾尔自治区"], "新"),
    ].map { Province(name: $0.0, names: [$0.0] + $0.1, code: $0.2) }

    /// The short name of the province `written` names in full or short (新疆维吾尔自治区, 新疆), or nil.
    public static func shortName(_ written: String) -> String? {
        provinces.first { $0.names.contains(written) }?.name
    }

    /// Whether two provinces do not differ: equal, or one unknown (a plan that names none may be of
    /// either). Two places of one name are one where this holds (鼓楼区 of 江苏 and of 福建 are two).
    public static func mayBeOne(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }

    /// A header place or issuer starting with the province outweighs any number of mentions.
    static let headerWeight = 100
    static let citationWeight = 3

    public static func province(locality: String?, issuer: String?, cites: [Citation], text: String) -> String? {
        province(locality: locality, issuer: issuer, cites: cites, scalars: ScalarText.scalars(text))
    }

    /// `province(locality:issuer:cites:text:)` on text already decoded, as the metadata reader
    /// shares it with the citation scanner.
    static func province(locality: String?, issuer: String?, cites: [Citation], scalars: [Unicode.Scalar]) -> String? {
        var scores = Array(repeating: 0, count: provinces.count)
        // Each number's first two scalars read once, not once per province.
        let openings = cites.compactMap { $0.number.flatMap(provincialCode) }
        let headers = [locality, issuer].compactMap { $0 }
        for (k, p) in provinces.enumerated() {
            // Full names only: 海南藏族自治州 (in 青海) starts with 海南 but not with 海南省.
            for header in headers where p.names.dropFirst().contains(where: { ScalarText.hasPrefix(header, $0) }) {
                scores[k] += headerWeight
            }
            for code in openings where code == p.code {
                scores[k] += citationWeight
            }
        }
        for k in mentions(in: scalars) { scores[k] += 1 }
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1,
              let k = scores.firstIndex(of: best) else { return nil }
        return provinces[k].name
    }

    /// 新 for 新政办发〔2020〕25号: the code that opens a provincial number, then 政 or 府 (the
    /// provincial government or its office); nil for any other number.
    static func provincialCode(_ number: String) -> Unicode.Scalar? {
        var it = number.unicodeScalars.makeIterator()
        guard let code = it.next(), let second = it.next(), second == "政" || second == "府" else { return nil }
        return code
    }

    /// Short names by their first scalar, for one pass over the text.
    static let byFirst: [Unicode.Scalar: [(Int, [Unicode.Scalar])]] = {
        var out: [Unicode.Scalar: [(Int, [Unicode.Scalar])]] = [:]
        for (k, p) in provinces.enumerated() {
            let name = Array(p.name.unicodeScalars)
            out[name[0], default: []].append((k, name))
        }
        return out
    }()

    /// For each scalar of the Basic Multilingual Plane, 1 + the place in `groups` of the names it
    /// starts, or 0 (nearly every scalar of a plan): one load decides, where hashing each scalar
    /// into `byFirst` cost more than the rest of the pass. No name starts past the plane.
    static let (groupOf, groups): ([UInt8], [[(Int, [Unicode.Scalar])]]) = {
        var table = [UInt8](repeating: 0, count: 0x1_0000)
        var groups: [[(Int, [Unicode.Scalar])]] = []
        for c in byFirst.keys.sorted(by: { $0.value < $1.value }) where c.value < 0x1_0000 {
            groups.append(byFirst[c] ?? [])
            table[Int(c.value)] = UInt8(groups.count)
        }
        return (table, groups)
    }()

    /// The scalars a name starts with, as bits: what the scan of a whole text skips to.
    static let firstScalars = ScalarSet(byFirst.keys)

    /// The names that may start at `c` (tested against the text by the caller).
    @inline(__always)
    static func names(startingWith c: Unicode.Scalar, groupOf: [UInt8], groups: [[(Int, [Unicode.Scalar])]]) -> [(Int, [Unicode.Scalar])]? {
        guard c.value < 0x1_0000 else { return nil }
        let g = Int(groupOf[Int(c.value)])
        return g == 0 ? nil : groups[g - 1]
    }

    /// The province of each mention of a short name (新疆维吾尔自治区 counts once, as 新疆), in one pass.
    static func mentions(in text: String) -> [Int] {
        mentions(in: ScalarText.scalars(text))
    }

    static func mentions(in s: [Unicode.Scalar]) -> [Int] {
        // Read once: a static's every use checks that it was initialised.
        let groupOf = groupOf, groups = groups
        var out: [Int] = []
        var i = 0
        while i < s.count {
            // To the next scalar a name starts with: nearly every scalar of a plan starts none.
            i = firstScalars.firstIndex(in: s, from: i)
            guard i < s.count else { break }
            if let candidates = names(startingWith: s[i], groupOf: groupOf, groups: groups),
               let (k, name) = candidates.first(where: { ScalarText.has(s, $0.1, at: i) }) {
                out.append(k)
                i += name.count
            } else {
                i += 1
            }
        }
        return out
    }
}
