/// What a finding says changed, as data: the check decides what it found, each report says it in
/// its reader's language (`english` here, Chinese in `Report`).
///
/// Why not a sentence: a sentence written by the check could be read in one language only, and
/// the office acting on a report reads Chinese.
public enum FindingNote: Hashable, Sendable {
    /// A copied sentence of the requirement with clauses left out, said nowhere in the plan.
    case clausesLeftOut(requirement: RequirementID, name: String, clauses: [String])
    /// No member of a required list is said: the sentence holding it is left out.
    case listSentenceLeftOut(members: Int)
    /// The requirement is carried out, but one of its sentences is left out.
    case sentenceLeftOut(requirement: RequirementID, name: String)
    /// No item carries out the requirement, and its wording is said nowhere.
    case wordingSaidNowhere(requirement: RequirementID, name: String)
    /// Words the requirement names are said nowhere (or only inside longer words); `gap`: no item
    /// carries the requirement out at all.
    case wordsSaidNowhere(requirement: RequirementID, name: String, words: [String], inside: [String], gap: Bool)
    case deadlineDropped(requirement: RequirementID, asked: String)
    case deadlineLater(requirement: RequirementID, written: String, asked: String)
    case deadlineEarlier(requirement: RequirementID, written: String, asked: String)
    /// Time limits past the plan's own year.
    case deadlinePastYear(written: [String], year: Int)
    /// A time limit where the reference sets none.
    case deadlineAdded(written: [String])
    /// A requirement binding other levels only, taken on by a plan of `level`.
    case beyondLevel(requirement: RequirementID, name: String, levels: [Metadata.Level], level: Metadata.Level)
    /// A list member written one character off.
    case memberMistyped(written: String, required: String)
    case memberReplaced(required: String, written: String)
    case ownMembers(added: [String], instead: [String])
    case membersMissing(missing: [String], of: Int)
    /// A review: members of an old enumeration the new text keeps in part no longer said.
    case membersNoLongerSaid(lost: [String], of: Int)
    case typo(written: String, right: String)
    case unitsMissing(named: Int, items: Int)
    /// A word of the country or its government replaced by one of a locality.
    case narrower(wide: String, narrow: String)
    case replaced(strong: String, weak: String)
    case addsDeferral(run: String, word: String)
    case addsHedge(String)
    case dropsFirm(String)
    case dropsHedge(String)

    public var english: String {
        func quoted(_ words: [String]) -> String { words.map { "「\($0)」" }.joined(separator: "、") }
        switch self {
        case let .clausesLeftOut(r, name, clauses):
            return "Copies this sentence of \(r) \(name) but leaves out \(quoted(clauses)), said nowhere in the plan"
        case let .listSentenceLeftOut(members):
            return "None of the \(members) members of the required list is said: the sentence holding it is left out"
        case let .sentenceLeftOut(r, name):
            return "Carries out \(r) \(name) but leaves out this sentence of it, said nowhere in the plan"
        case let .wordingSaidNowhere(r, name):
            return "No item carries out \(r) \(name): its wording is said nowhere in the plan"
        case let .wordsSaidNowhere(r, name, words, inside, gap):
            let said = inside.isEmpty ? "is said nowhere in the plan" : "is said nowhere in the plan but inside \(quoted(inside))"
            return gap ? "No item carries out \(r) \(name): \(quoted(words)) \(said)" : "\(quoted(words)), named in \(r) \(name), \(said)"
        case let .deadlineDropped(r, asked):
            return "The time limit 「\(asked)」 of \(r) is dropped"
        case let .deadlineLater(r, written, asked):
            return "Later: 「\(written)」 where \(r) asks 「\(asked)」"
        case let .deadlineEarlier(r, written, asked):
            return "Earlier: 「\(written)」 where \(r) asks 「\(asked)」"
        case let .deadlinePastYear(written, year):
            return "「\(written.joined(separator: "、"))」 is past the plan's own year (\(year)): check the date, or say why the task runs on"
        case let .deadlineAdded(written):
            return "Sets the time limit 「\(written.joined(separator: "、"))」 where the reference sets none"
        case let .beyondLevel(r, name, levels, level):
            return "Takes on \(r) \(name), which binds \(levels.map(\.rawValue).joined(separator: ", ")) plans only, in a \(level.rawValue) plan: check that it has the power, or say what is meant"
        case let .memberMistyped(written, required):
            return "「\(written)」 is one character off the required 「\(required)」"
        case let .memberReplaced(required, written):
            return "「\(required)」 becomes 「\(written)」"
        case let .ownMembers(added, instead):
            return "Names its own \(added.joined(separator: "、")) where the reference names \(instead.joined(separator: "、"))"
        case let .membersMissing(missing, count):
            return missing.count == count
                ? "None of the \(count) members of the required list is said"
                : "\(missing.count) of \(count) members missing: \(missing.joined(separator: "、"))"
        case let .membersNoLongerSaid(lost, count):
            return "\(lost.count) of \(count) members no longer said: \(lost.joined(separator: "、"))"
        case let .typo(written, right):
            return "「\(written)」 for 「\(right)」"
        case let .unitsMissing(named, items):
            return "No lead or responsible unit, where \(named) of the plan's \(items) items name theirs"
        case let .narrower(wide, narrow):
            return "「\(wide)」 becomes 「\(narrow)」: where the requirement applies is narrower"
        case let .replaced(strong, weak):
            return "「\(strong)」 becomes 「\(weak)」"
        case let .addsDeferral(run, word):
            return "Adds 「\(run)」: with 「\(word)」 the plan only helps with work the reference assigns to it"
        case let .addsHedge(word):
            return "Adds the hedge 「\(word)」"
        case let .dropsFirm(word):
            return "Drops 「\(word)」"
        case let .dropsHedge(word):
            return "Drops the hedge 「\(word)」"
        }
    }
}
