/// Which plan of a batch is another's upper-level plan: the plan of the same year one level up,
/// which a county's plan rewrites as its prefecture's did the province's. Checking a plan against
/// it shows what the level above asked that the plan does not say.
///
/// Found from what the plans say about themselves, never from file names:
/// - `citesNumber`: the plan cites the upper plan's document number (吐政办函〔2021〕20号);
/// - `citesTitle`: the plan cites a 政务公开 document whose title names the upper plan's locality
///   (《关于印发2021年吐鲁番市政务公开工作要点的通知》);
/// - `issuerNamesIt`: the plan's issuer or title names the upper locality (吐鲁番市高昌区人民政府办公室);
/// - `sameProvince`: the upper plan is its province's (or, for a district or county, its
///   municipality's: 天津市 for 静海区), by the province both plans' metadata name.
///
/// The upper plan is one level up (a county's or zone's prefecture, a prefecture's province); a
/// county or zone falls back to its province's plan when no prefecture plan of its year is found
/// to be its own. Plans of two provinces never pair. Among several, the nearest level first, then
/// the strongest evidence (the order above), a final plan before a draft, then the file name.
public enum UpperLevelPairs {
    public enum Evidence: String, Sendable, CaseIterable, Comparable {
        case citesNumber = "cites its document number"
        case citesTitle = "cites its title"
        case issuerNamesIt = "names it in the issuer or title"
        case sameProvince = "same province"

        public static func < (a: Evidence, b: Evidence) -> Bool {
            (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
        }

        /// A fixed identifier for machine-read output (JSON): the sentence is for people.
        public var key: String { "\(self)" }
    }

    /// What the pairing needs of a plan, kept for every plan of a batch instead of the plan.
    public struct Facts: Sendable, Equatable {
        public var name: String
        public var year: Int?
        public var level: Metadata.Level?
        public var locality: String?
        public var province: String?
        public var documentNumber: String?
        /// The issuer and the title: where a plan names the locality it belongs to.
        public var selfNaming: [String]
        public var citedNumbers: [String]
        public var citedTitles: [String]
        /// A draft for comment: a final plan of the same place is the upper plan before it.
        public var draft: Bool

        public init(_ plan: Plan) {
            let m = plan.metadata
            name = plan.name
            (year, level, locality, province, documentNumber) = (m.year, m.level, m.locality, m.province, m.documentNumber)
            selfNaming = [m.issuer, m.title].compactMap { $0 }
            citedNumbers = m.cites.compactMap(\.number)
            citedTitles = m.cites.compactMap(\.title)
            draft = m.draft
        }
    }

    public struct Pair: Sendable, Equatable {
        public var lower: Int
        public var upper: Int
        public var evidence: Evidence
    }

    /// One pair at most a plan, in the order of the lower plans.
    public static func pairs(_ facts: [Facts]) -> [Pair] {
        // Only a province's or a prefecture's plan can be another's upper plan: indexed by year.
        var byYear: [Int: [Int]] = [:]
        for (i, f) in facts.enumerated() {
            guard let year = f.year, f.level == .province || f.level == .prefecture else { continue }
            byYear[year, default: []].append(i)
        }
        var out: [Pair] = []
        for (i, plan) in facts.enumerated() {
            guard let year = plan.year, let level = plan.level, level != .province else { continue }
            // Nearest level, strongest sign, a final plan before a draft, then the file name.
            var best: (key: (Int, Evidence, Int, String), index: Int, evidence: Evidence)?
            for j in byYear[year] ?? [] where j != i {
                let upper = facts[j]
                guard let upperLevel = upper.level, let distance = distance(from: level, to: upperLevel),
                      let evidence = evidence(plan, upper) else { continue }
                let key = (distance, evidence, upper.draft ? 1 : 0, upper.name)
                if best == nil || key < best!.key { best = (key, j, evidence) }
            }
            if let best { out.append(Pair(lower: i, upper: best.index, evidence: best.evidence)) }
        }
        return out
    }

    /// 1 for the level directly above, 2 for a county's or zone's province; nil for any other.
    static func distance(from lower: Metadata.Level, to upper: Metadata.Level) -> Int? {
        switch (lower, upper) {
        case (.prefecture, .province), (.county, .prefecture), (.zone, .prefecture): return 1
        case (.county, .province), (.zone, .province): return 2
        default: return nil
        }
    }

    /// The strongest sign that `upper` is `plan`'s upper-level plan, or nil when nothing says so.
    static func evidence(_ plan: Facts, _ upper: Facts) -> Evidence? {
        // Plans of two provinces are never one above the other, whatever one cites of the other
        // (a paired-assistance document): where both name their province, they must agree.
        if let a = plan.province, let b = upper.province, a != b { return nil }
        if let number = upper.documentNumber, plan.citedNumbers.contains(number) { return .citesNumber }
        guard let place = upper.locality, place.count >= 2, place != plan.locality else { return nil }
        if plan.citedTitles.contains(where: { $0.contains(place) && $0.contains("政务公开") }) { return .citesTitle }
        if plan.selfNaming.contains(where: { $0.contains(place) }) { return .issuerNamesIt }
        // A province holds one plan a year; a district or county sits directly under it only in a
        // municipality (北京、天津、上海、重庆: a province-level 市).
        if upper.level == .province, let province = plan.province, province == upper.province,
           plan.level == .prefecture || place.hasSuffix("市") {
            return .sameProvince
        }
        return nil
    }
}
