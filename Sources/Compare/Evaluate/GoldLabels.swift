import Foundation

/// One plan's gold labels: what a careful reader found in it (see Corpus/gold/FORMAT.md).
///
/// Only the evaluation reads these. The analyzer must never see them, or the scores would measure
/// nothing; keeping them in their own types, loaded only by `GoldLabels`, makes that easy to check.
public struct GoldPlan: Decodable, Hashable, Sendable {
    /// The plan's file name in the corpus ("2021-xinjiang-tulufan-gaochang-draft.txt").
    public var plan: String
    /// Year of the national key points the plan implements.
    public var reference: Int
    /// Every task unit of the plan's body, in document order.
    public var items: [GoldItem]
    public var divergences: [GoldDivergence]

    public init(plan: String, reference: Int, items: [GoldItem], divergences: [GoldDivergence] = []) {
        self.plan = plan
        self.reference = reference
        self.items = items
        self.divergences = divergences
    }
}

/// One labelled task unit.
public struct GoldItem: Decodable, Hashable, Sendable {
    /// A verbatim piece of the item's own text, unique in the file; it finds the item.
    public var anchor: String
    /// National section ids the item implements; empty for local content.
    public var sections: [String]
    public var lead: [String]
    public var responsible: [String]
    /// Time limits as written ("2021年底前").
    public var deadlines: [String]

    public init(
        anchor: String, sections: [String] = [], lead: [String] = [], responsible: [String] = [],
        deadlines: [String] = []
    ) {
        self.anchor = anchor
        self.sections = sections
        self.lead = lead
        self.responsible = responsible
        self.deadlines = deadlines
    }
}

/// A place where the plan's wording departs from the national section it implements.
public struct GoldDivergence: Decodable, Hashable, Sendable {
    public var anchor: String
    public var section: String
    /// list-omission, deadline-change, weakened, strengthened, typo, scope-change.
    public var kind: String
    public var missing: [String]
    public var added: [String]
    /// The labeller's explanation; for people, never scored.
    public var note: String?

    public init(
        anchor: String, section: String, kind: String, missing: [String] = [], added: [String] = [],
        note: String? = nil
    ) {
        self.anchor = anchor
        self.section = section
        self.kind = kind
        self.missing = missing
        self.added = added
        self.note = note
    }
}

/// Reads a folder of gold label files.
public enum GoldLabels {
    /// Every `*.json` in `directory`, sorted by file name so results come out in the same order on
    /// every machine. Other files (FORMAT.md) are skipped; keys the format does not define
    /// ("notes") are ignored. Every key of FORMAT.md's example is required except a divergence's
    /// `note`: a misspelt key should fail loudly, not score as an empty list.
    public static func load(directory: String) throws(GoldLabelError) -> [GoldPlan] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else {
            throw .directoryUnreadable(path: directory, reason: "no such folder")
        }
        guard isFolder.boolValue else { throw .directoryUnreadable(path: directory, reason: "a file, not a folder") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .directoryUnreadable(path: directory, reason: Self.reason(error))
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw .noLabels(directory: directory) }

        var plans: [GoldPlan] = []
        var fileForPlan: [String: String] = [:]
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            let plan = try decode(file: path)
            if let earlier = fileForPlan[plan.plan] {
                throw .duplicatePlan(plan: plan.plan, files: [earlier, path])
            }
            fileForPlan[plan.plan] = path
            plans.append(plan)
        }
        return plans
    }

    /// One gold file, decoded and checked.
    public static func decode(file path: String) throws(GoldLabelError) -> GoldPlan {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(file: path, reason: Self.reason(error))
        }
        let plan: GoldPlan
        do {
            plan = try JSONDecoder().decode(GoldPlan.self, from: data)
        } catch let error as DecodingError {
            throw .malformed(file: path, problem: describe(error))
        } catch {
            throw .malformed(file: path, problem: Self.reason(error))
        }
        if let problem = check(plan) { throw .malformed(file: path, problem: problem) }
        return plan
    }

    /// What JSON decoding cannot see: an empty anchor would be "found" in every node.
    static func check(_ plan: GoldPlan) -> String? {
        // A label's text is searched for in the plan's (a NUL at the end of a word makes
        // Foundation's search trap): a control character is refused, at the field that holds it.
        var texts: [(field: String, text: String)] = [("\"plan\"", plan.plan)]
        func add(_ field: String, _ list: [String]) {
            for (j, text) in list.enumerated() { texts.append(("\(field)[\(j)]", text)) }
        }
        for (i, item) in plan.items.enumerated() {
            texts.append(("items[\(i)].anchor", item.anchor))
            add("items[\(i)].sections", item.sections)
            add("items[\(i)].lead", item.lead)
            add("items[\(i)].responsible", item.responsible)
            add("items[\(i)].deadlines", item.deadlines)
        }
        for (i, d) in plan.divergences.enumerated() {
            texts += [("divergences[\(i)].anchor", d.anchor), ("divergences[\(i)].section", d.section), ("divergences[\(i)].kind", d.kind)]
            add("divergences[\(i)].missing", d.missing)
            add("divergences[\(i)].added", d.added)
            if let note = d.note { texts.append(("divergences[\(i)].note", note)) }
        }
        for (field, text) in texts {
            if let (_, c) = ScalarText.firstControl(text) {
                return "\(field) holds the control character U+\(String(format: "%04X", c.value)), which a label may not hold; remove it"
            }
        }
        if plan.plan.trimmingCharacters(in: .whitespaces).isEmpty {
            return "\"plan\" is empty; it must name the plan's file in the corpus"
        }
        for (i, item) in plan.items.enumerated() where CJK.removingSpaces(item.anchor).isEmpty {
            return "items[\(i)].anchor is empty; an anchor is a 12–30 character piece of the item's own text"
        }
        for (i, d) in plan.divergences.enumerated() where CJK.removingSpaces(d.anchor).isEmpty {
            return "divergences[\(i)].anchor is empty; an anchor is a piece of the item's own text"
        }
        return nil
    }

    /// Foundation's decoding errors, as a JSON path ("items[3].lead") and what was wrong there.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue {
                    out += "[\(index)]"
                } else {
                    out += (out.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return out.isEmpty ? "the top level" : out
        }
        switch error {
        case let .keyNotFound(key, context):
            return "missing key \"\(key.stringValue)\" in \(path(context.codingPath))"
        case let .valueNotFound(_, context):
            return "\(path(context.codingPath)) is null; give a value (an empty list [] where there is none)"
        case let .typeMismatch(_, context):
            return "\(path(context.codingPath)) has the wrong type: \(clause(context.debugDescription))"
        case let .dataCorrupted(context):
            var text = clause(context.debugDescription)
            if let underlying = context.underlyingError {
                text += " (\(clause(Self.reason(underlying))))"
            }
            return context.codingPath.isEmpty ? "not valid JSON: \(text)" : "\(path(context.codingPath)): \(text)"
        @unknown default:
            return String(describing: error)
        }
    }

    /// Foundation's sentence as a clause of ours: no closing full stop, first letter lowercased
    /// ("Expected to decode Int…." → "expected to decode Int…").
    static func clause(_ text: String) -> String {
        var out = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while out.hasSuffix(".") { out.removeLast() }
        guard let first = out.first else { return out }
        return first.lowercased() + out.dropFirst()
    }

    static func reason(_ error: any Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? (error as NSError).localizedDescription
    }
}
