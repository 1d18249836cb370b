/// The units a plan names for a task: who leads it and who carries it out.
///
/// `raw` keeps the plan's own wording (e.g. "区党政办（文秘科、宣传科）牵头，各单位按职责分工落实") so a
/// report can quote it; `lead` and `responsible` are that wording split into unit names.
public struct Units: Hashable, Sendable {
    public var lead: [String]
    public var responsible: [String]
    public var raw: [String]

    public init(lead: [String] = [], responsible: [String] = [], raw: [String] = []) {
        self.lead = lead
        self.responsible = responsible
        self.raw = raw
    }

    public var isEmpty: Bool { lead.isEmpty && responsible.isEmpty }

    /// Adds another statement of units (a second label line, a second table cell).
    public mutating func merge(_ other: Units) {
        // Most merges add to nothing or add nothing (a node with one statement of units): the
        // general case below gives `other`, or `self`, exactly then, without filtering or copying.
        if lead.isEmpty && responsible.isEmpty && raw.isEmpty {
            self = other
            return
        }
        if other.lead.isEmpty && other.responsible.isEmpty && other.raw.isEmpty { return }
        lead += other.lead.filter { !lead.contains($0) }
        responsible += other.responsible.filter { !responsible.contains($0) }
        raw += other.raw
    }

    /// `merge` of each of `list` in turn, the names held so far kept in sets as they grow: a table
    /// row of thousands of unit cells merged cell by cell compared every name with every name
    /// before it.
    ///
    /// A few names are merged one list at a time, as `merge` does: the sets' hashing of Chinese
    /// names cost more than comparing a handful (most nodes have one bracket or none).
    public mutating func merge(contentsOf list: [Units]) {
        let names = list.reduce(lead.count + responsible.count) { $0 + $1.lead.count + $1.responsible.count }
        guard names > 32 else {
            for other in list { merge(other) }
            return
        }
        var (seenLead, seenResponsible) = (Set(lead), Set(responsible))
        for other in list {
            if lead.isEmpty && responsible.isEmpty && raw.isEmpty {
                self = other
                (seenLead, seenResponsible) = (Set(lead), Set(responsible))
                continue
            }
            if other.lead.isEmpty && other.responsible.isEmpty && other.raw.isEmpty { continue }
            let newLead = other.lead.filter { !seenLead.contains($0) }
            let newResponsible = other.responsible.filter { !seenResponsible.contains($0) }
            lead += newLead
            responsible += newResponsible
            seenLead.formUnion(newLead)
            seenResponsible.formUnion(newResponsible)
            raw += other.raw
        }
    }
}
