/// Which plans the main job reviews year over year: at most one review a plan, so the reviews grow
/// with the corpus, never with its square (every pair of a province's plans gave 1,601 reviews for
/// 200 plans).
///
/// Each plan is paired with one earlier plan:
/// - the same place's plan of the latest earlier year, the place being its locality without the
///   administrative suffix (区, 县, 市, 旗, 自治县…) in the same province, so a 县 renamed a 区
///   (静海县 → 静海区) is still the same place; of the place's earlier plans, the latest of the
///   same name first, then of the same level (安安区 2018 before 安安市 2019), then any;
/// - where the corpus holds no earlier plan of that place, the latest earlier plan of the same
///   province, as a benchmark (the review says it compares two localities), a plan of the same
///   level first.
///
/// Ties are broken by file name. A plan whose year or province is unknown pairs with none.
public enum ReviewPairs {
    public static func pairs(_ plans: [Plan]) -> [(old: Plan, new: Plan)] {
        // Earlier plans of a place and of a province, latest first, then by level and file name:
        // one sort, then one pass each.
        let dated = plans.indices.compactMap { i -> (index: Int, year: Int, province: String)? in
            guard let year = plans[i].metadata.year, let province = plans[i].metadata.province else { return nil }
            return (i, year, province)
        }
        let latestFirst = dated.sorted { a, b in
            a.year != b.year ? a.year > b.year : plans[a.index].name < plans[b.index].name
        }
        var byPlace: [String: [Int]] = [:]
        var byProvince: [String: [Int]] = [:]
        for (i, _, province) in latestFirst {
            if let key = placeKey(plans[i].metadata) { byPlace[key, default: []].append(i) }
            byProvince[province, default: []].append(i)
        }
        var out: [(old: Plan, new: Plan)] = []
        for i in plans.indices {
            let m = plans[i].metadata
            guard let year = m.year, let province = m.province else { continue }
            let earlier = { (j: Int) in (plans[j].metadata.year ?? year) < year }
            // Of the place's earlier plans, latest first, the one of the same name, then of the same
            // level: 安安区 2018 for 安安区 2021, not 安安市 2018 or 2019 (the same stem, a
            // prefecture), which came first by file name or by year.
            if let key = placeKey(m), let places = byPlace[key]?.filter(earlier), !places.isEmpty {
                let j = places.first { plans[$0].metadata.locality == m.locality }
                    ?? places.first { plans[$0].metadata.level == m.level } ?? places[0]
                out.append((plans[j], plans[i]))
                continue
            }
            let candidates = byProvince[province] ?? []
            guard let latest = candidates.first(where: earlier).flatMap({ plans[$0].metadata.year }) else { continue }
            let sameYear = candidates.filter { plans[$0].metadata.year == latest }
            if let j = sameYear.first(where: { plans[$0].metadata.level == m.level }) ?? sameYear.first {
                out.append((plans[j], plans[i]))
            }
        }
        return out
    }

    /// Administrative suffixes a place's name may change between years.
    static let suffixes = ["自治县", "自治旗", "自治州", "新区", "区", "县", "市", "旗", "州", "盟"]

    /// 天津/静海 for 静海区 (and 静海县); nil without a locality or province.
    static func placeKey(_ m: Metadata) -> String? {
        guard let province = m.province, var name = m.locality, !name.isEmpty else { return nil }
        for suffix in suffixes where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            name.removeLast(suffix.count)
            break
        }
        return province + "/" + name
    }
}
