/// Reads from a reference's wording what the check compares: its enumerations, its time limits and
/// the levels it binds.
///
/// Why from the words: a hand-written `list` or `deadline` line covers what its writer copied; a
/// national text nobody here has read, or the plan of the level above, has only its words. The rules
/// are those of the language such texts share: a 、-series of three members or more, or of two that
/// 等 closes or quotes mark, is an enumeration; a dated time limit (2021年底前) is the requirement's.
/// The bundled years go through the same path, so what the curated lines add is measurable
/// (`evaluate` prints recall with and without them).
public enum ReferenceCompiler {
    /// `reference` with every requirement's `compiled` lists read from its wording, and a deadline
    /// where it has none. With `curated` false the hand-written `list`, `requires`, `scope` and
    /// `deadline` lines are dropped first: the reference as its wording alone gives it.
    ///
    /// Levels read from the words never leave out the level of the plan the reference is (a county's
    /// plan that publishes its 规章 binds the county, whatever 规章 means nationally).
    public static func compile(_ reference: Reference, curated: Bool = true) -> Reference {
        var out = reference
        for s in out.sections.indices {
            // The section's requirements taken out, changed and put back whole: written in place
            // through the section, each change copied them all (a plan of 20,000 items made a
            // reference that took 4 s to compile).
            var requirements = out.sections[s].requirements
            for r in requirements.indices {
                var requirement = requirements[r]
                if !curated {
                    requirement.lists = []
                    requirement.elements = []
                    requirement.deadline = nil
                }
                requirement.compiled = lists(in: requirement.wording, besides: requirement.lists, onePlan: requirement.onePlanWording)
                if requirement.deadline == nil {
                    // A time limit only one plan writes is that plan's, not the reference's.
                    requirement.deadline = deadline(in: requirement.wording.filter { !requirement.onePlanWording.contains($0) }, year: reference.year)
                }
                if requirement.levels.isEmpty {
                    let read = levels(in: requirement.wording)
                    if case let .plan(_, own?) = reference.provenance, !read.contains(own) {} else { requirement.levels = read }
                }
                requirements[r] = requirement
            }
            out.sections[s].requirements = requirements
        }
        return out
    }

    /// The enumerations of `wording` that count as lists, less those a curated list already holds
    /// (half their members or more in it).
    public static func lists(in wording: [String], besides curated: [[String]], onePlan: [String] = []) -> [CompiledList] {
        let known = curated.map { $0.flatMap { $0.split(separator: "/").map { MatchText(String($0)) } } }
        var out: [CompiledList] = []
        for line in wording {
            for e in Enumerations.enumerations(line) where e.members.count >= 3 || e.marked {
                let members = e.members.map(MatchText.init)
                let covered = known.contains { list in
                    members.filter { m in list.contains { $0.contains(m) || m.contains($0) } }.count * 2 >= members.count
                }
                guard !covered, !out.contains(where: { $0.members == e.members }) else { continue }
                out.append(CompiledList(members: e.members, clause: e.clause, leadIn: e.leadIn, onePlan: onePlan.contains(line), parallel: e.parallel))
            }
        }
        return out
    }

    /// Words that name the levels a duty binds, widest first: 县级以上 includes counties, 设区的市 is
    /// a prefecture-level city and above, 省级 a province.
    static let levelWords: [(words: [String], levels: [Metadata.Level])] = [
        (["县级以上"], [.province, .prefecture, .county]),
        (["设区的市", "地级市", "市级以上"], [.province, .prefecture]),
        (["省级"], [.province]),
    ]

    /// The levels every wording line names, the first rule that all of them meet; none when a line
    /// names no level (the duty binds everyone) or the lines disagree. A duty to publish local
    /// government 规章 binds the levels that make them (`namesRegulations`).
    static func levels(in wording: [String]) -> [Metadata.Level] {
        guard !wording.isEmpty else { return [] }
        for rule in levelWords where wording.allSatisfy({ line in rule.words.contains(where: line.contains) }) {
            return rule.levels
        }
        return wording.allSatisfy(namesRegulations) ? [.province, .prefecture] : []
    }

    /// Whether a line speaks of local government 规章, which only provinces and prefecture-level
    /// cities make (立法法 第八十二条): 规章 as a word of its own, not 规章制度 (an office's rules) nor
    /// 部门规章 (a ministry's), in a line that does not also speak of 规范性文件, which every level has.
    static func namesRegulations(_ line: String) -> Bool {
        guard !line.contains("规范性文件") else { return false }
        var rest = Substring(line)
        while let r = rest.range(of: "规章") {
            let before = rest[..<r.lowerBound].suffix(2), after = rest[r.upperBound...].prefix(2)
            if before != "部门" && after != "制度" { return true }
            rest = rest[r.upperBound...]
        }
        return false
    }

    /// The first dated time limit the wording sets (2021年底前), as written.
    static func deadline(in wording: [String], year: Int) -> String? {
        for line in wording {
            if let d = DeadlineExtractor.deadlines(in: line, planYear: year).first(where: {
                if case .date = $0.value { return true } else { return false }
            }) {
                return d.raw
            }
        }
        return nil
    }
}
