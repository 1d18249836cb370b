/// How a review names its two sides, in both views.
///
/// Why: 原 and 新 (old and new) say that one office rewrote its plan, or that the national points
/// moved on a year. Two localities' plans are neither: a county's 2021 plan is not the "new"
/// version of another's, and two plans of one year are not older and newer (a researcher's trial).
/// There each side is named by its place and year, as the indexes label a plan.
struct ReviewSides {
    /// Whether the sides are named (two localities) rather than 原 and 新.
    let named: Bool
    /// Each side's label, plain text, as the indexes tell plans apart (`BatchCheckMarkdown.distinct`:
    /// place and year, with the province where two share them, else the file name), in Chinese
    /// prose as a plan (高昌区2021年计划, 新疆高昌区2021年计划); plan A and plan B where even the
    /// file names are one.
    let oldLabel: String
    let newLabel: String
    let language: ReportLanguage

    init(_ r: ReviewResult, _ w: ReportLanguage) {
        language = w
        named = r.twoLocalities
        let sides = [r.old, r.new]
        let labels = BatchCheckMarkdown.distinct(sides.map { ($0.name, $0.locality, $0.year, $0.province) })
        var prose = sides.indices.map { k in Self.prose(sides[k], label: labels[k], w) }
        if prose[0] == prose[1] { prose = [w("plan A", "计划甲"), w("plan B", "计划乙")] }
        (oldLabel, newLabel) = (prose[0], prose[1])
    }

    /// `label` as the review writes it: in Chinese a plan's place and year read as the plan's
    /// (高昌区2021年计划; with its province first where the label needed it); the file name as it is.
    static func prose(_ s: ReviewSide, label: String, _ w: ReportLanguage) -> String {
        guard w == .zh, let locality = s.locality, label != s.name else { return label }
        let province = label.hasSuffix("）") ? s.province ?? "" : ""
        return "\(province)\(locality)\(s.year.map { "\($0)年" } ?? "")计划"
    }

    private func w(_ en: String, _ zh: String) -> String { language(en, zh) }

    /// The side itself, as a line's lead (「- 原：」, 「- 乌鲁木齐市2018年计划：」).
    func side(old: Bool) -> String {
        named ? (old ? oldLabel : newLabel) : old ? w("Old", "原") : w("New", "新")
    }

    /// A column of one side's entries (原条目, 乌鲁木齐市2018年计划的条目).
    func column(old: Bool, _ what: String) -> String {
        guard named else { return old ? w("old \(what)", "原\(what)") : w("new \(what)", "新\(what)") }
        let label = old ? oldLabel : newLabel
        return w("\(what) of \(label)", "\(label)的\(what)")
    }

    /// One entry of a side, in a sentence (原项, 乌鲁木齐市2018年计划的一项).
    func entry(old: Bool) -> String {
        guard named else { return old ? w("old", "原项") : w("new", "新项") }
        return w("an item of \(old ? oldLabel : newLabel)", "\(old ? oldLabel : newLabel)的一项")
    }

    /// The heading of the entries only one side has: new and dropped for one office's plans or
    /// the national points, only in a place for two localities'.
    func onlyIn(old: Bool, _ many: String) -> String {
        let label = old ? oldLabel : newLabel
        if named { return w("\(many.prefix(1).uppercased() + many.dropFirst()) only in \(label)", "仅见于\(label)的\(many)") }
        return old ? w("Dropped \(many) (only in \(label))", "删去的\(many)（仅见于\(label)）")
            : w("New \(many) (only in \(label))", "新增的\(many)（仅见于\(label)）")
    }

    /// The heading of the pairs whose texts differ: changed in one office's plans, differing in
    /// two localities' (neither changed the other's), for both views.
    func changedHeading(_ many: String) -> String {
        named ? w("Paired \(many) that differ", "两计划对应但不同的\(many)") : w("Changed \(many)", "改动的\(many)")
    }

    /// The diff's legend in Markdown, what only one side's text says struck or marked; the labels
    /// written through `escape`.
    func diffLegend(_ escape: (String) -> String) -> String {
        let (old, new) = (escape(oldLabel), escape(newLabel))
        return named ? w("(~~only \(old)~~ **only \(new)**)", "（~~仅\(old)有~~ **仅\(new)有**）")
            : w("(~~old only~~ **new only**)", "（~~仅原文有~~ **仅新文有**）")
    }

    /// How many entries each side has, after the carried-over count.
    func counts(old: Int, new: Int) -> String {
        named ? w("of \(old) in \(oldLabel) and \(new) in \(newLabel)", "\(oldLabel)有\(old)项，\(newLabel)有\(new)项")
            : w("of \(old) old and \(new) new", "原有\(old)项，现有\(new)项")
    }
}
