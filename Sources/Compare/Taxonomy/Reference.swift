/// One year's national key points as the aligner sees them: sections holding requirements.
///
/// Why one shape for two sources: the bundled taxonomy (hand-written, with key terms) and a national
/// text a user passes in (parsed like a plan, no key terms) must align plans the same way, so the
/// aligner takes a `Reference` and never asks where it came from.
public struct Reference: Hashable, Sendable {
    /// The year of the key points (2021).
    public var year: Int
    /// A short name for reports: "2021" for the bundled taxonomy, the file name for a user's text.
    public var name: String
    public var title: String?
    public var document: String?
    public var issued: CalendarDate?
    /// Where the structure and wording come from.
    public var source: String
    /// The same, in Chinese, for the Chinese reports (`source-zh`); empty when the file gives none.
    public var sourceChinese = ""
    /// The plan files the wording was drawn from: a check of one of them agrees with it by
    /// construction, and reports say so.
    public var drawnFrom: [String] = []
    /// The places of those plans (高昌区), of the reference's year, where the taxonomy names them
    /// (`drawn-from FILE（PLACE）`, or `FILE（PROVINCE PLACE）`): the same plan under another file
    /// name is one of them too.
    public var drawnFromPlaces: [DrawnFromPlace] = []

    /// A place the wording was drawn from, with its province where the taxonomy gives one: district
    /// names repeat across the country (鼓楼区, 新城区), and a plan of another province's 鼓楼区 is
    /// not the one the wording came from.
    public struct DrawnFromPlace: Hashable, Sendable {
        public var place: String
        public var province: String?

        public init(place: String, province: String? = nil) {
            (self.place, self.province) = (place, province)
        }
    }

    /// Whether the wording was drawn from this plan: its file name, or its place in the
    /// reference's year (and its province, where both the taxonomy and the plan name one). A
    /// researcher's copy of 高昌区's plan saved as 高昌区2021年政务公开工作要点.txt ranked first,
    /// unmarked, though it agrees by construction. The place's final plan is marked as its draft
    /// is: it keeps most of the draft's words, so it agrees by construction as much.
    public func isDrawnFrom(plan name: String, locality: String?, province: String?, year: Int?) -> Bool {
        if drawnFrom.contains(name) { return true }
        guard let locality, year == self.year else { return false }
        return drawnFromPlaces.contains { p in
            p.place == locality && ProvinceFinder.mayBeOne(p.province, province)
        }
    }
    /// What the reference is, so that a report can say plainly what the plan was checked against.
    public var provenance: Provenance = .derived

    /// A text given as the reference (a national text, an upper-level plan), its sections numbered
    /// by its own outline: reports name its sections as the reference text's, not as the bundled
    /// national key points'.
    public var hasOwnNumbering: Bool { sections.contains { $0.numbering != nil } }

    public enum Provenance: Hashable, Sendable {
        /// The bundled taxonomy: the national structure, with wording derived from the plans that
        /// copy the national text (not the text itself).
        case derived
        /// A national key points text (国办发…) the user passed in.
        case national
        /// The plan of another locality, usually the level above (a county checked against its
        /// prefecture's plan), passed in.
        case plan(locality: String, level: Metadata.Level?)
        /// A text passed in that names neither the State Council nor a locality.
        case text
    }
    public var parts: [ReferencePart]
    /// In the national document's order.
    public var sections: [ReferenceSection]
    /// Line of the file's `reference` line (0 when built in code): where a wrong year is reported.
    public var line: Int = 0

    public init(
        year: Int, name: String, title: String? = nil, document: String? = nil, issued: CalendarDate? = nil,
        source: String, parts: [ReferencePart], sections: [ReferenceSection]
    ) {
        self.year = year
        self.name = name
        self.title = title
        self.document = document
        self.issued = issued
        self.source = source
        self.parts = parts
        self.sections = sections
    }

    public func section(id: SectionID) -> ReferenceSection? {
        sections.first { $0.id == id }
    }

    public func part(number: Int) -> ReferencePart? {
        parts.first { $0.number == number }
    }

    /// The first requirement with id `id`, in document order: `requirements.first`, without a
    /// copy of every requirement and its section (a report asks it of every finding).
    public func requirement(id: RequirementID) -> Requirement? {
        for s in sections { if let r = s.requirements.first(where: { $0.id == id }) { return r } }
        return nil
    }

    /// Every requirement with its section, in document order.
    public var requirements: [(section: ReferenceSection, requirement: Requirement)] {
        sections.flatMap { s in s.requirements.map { (s, $0) } }
    }
}

public struct ReferencePart: Hashable, Sendable {
    public var number: Int
    public var heading: String
    /// Other headings copies give the part.
    public var variants: [String]

    public init(number: Int, heading: String, variants: [String] = []) {
        self.number = number
        self.heading = heading
        self.variants = variants
    }
}

/// A national section's id, `<year>-<part>-<n>` ("2021-1-3").
public typealias SectionID = Identifier<ReferenceSection>
/// A requirement's id: its section's id and a letter ("2021-1-3b").
public typealias RequirementID = Identifier<Requirement>

public struct ReferenceSection: Hashable, Sendable {
    /// What a section holds, compared and hashed field by field as the section is. Behind one
    /// reference (`CopiedOnWrite`): the checks walk the reference's sections for every plan, and a
    /// loop's copy of ten fields retained and released seven references.
    private struct Fields: Hashable, Sendable {
        var id: SectionID
        var part: Int
        var title: String
        var variants: [String]
        var topics: [String]
        var requirements: [Requirement]
        var line: Int
        var numbering: String? = nil
        var end: Int = 0
        var national: [SectionID] = []
    }

    private var fields: CopiedOnWrite<Fields>

    /// `<year>-<part>-<n>` ("2021-1-3").
    public var id: SectionID { get { fields.value.id } set { fields.value.id = newValue } }
    public var part: Int { get { fields.value.part } set { fields.value.part = newValue } }
    public var title: String { get { fields.value.title } set { fields.value.title = newValue } }
    public var variants: [String] { get { fields.value.variants } set { fields.value.variants = newValue } }
    /// Topic names (`Topic.name`).
    public var topics: [String] { get { fields.value.topics } set { fields.value.topics = newValue } }
    public var requirements: [Requirement] { get { fields.value.requirements } set { fields.value.requirements = newValue } }
    /// Line of the reference file where the section starts (0 when built in code).
    public var line: Int { get { fields.value.line } set { fields.value.line = newValue } }
    /// A reference text's own numbering of the section (一、/（三）), as its readers know it; nil for
    /// the bundled key points, whose ids are the national ones.
    public var numbering: String? { get { fields.value.numbering } set { fields.value.numbering = newValue } }
    /// The last line of the section in its file (0 when unknown): with `line`, the items it holds.
    public var end: Int { get { fields.value.end } set { fields.value.end = newValue } }
    /// The bundled national sections this section of a reference text carries out, where the
    /// taxonomy has the text's year (`ReferenceMapping`): a province renumbers and regroups the
    /// national points, so its 2021-1-3 need not be the national 2021-1-3.
    public var national: [SectionID] { get { fields.value.national } set { fields.value.national = newValue } }

    public init(
        id: SectionID, part: Int, title: String, variants: [String] = [], topics: [String] = [],
        requirements: [Requirement] = [], line: Int = 0
    ) {
        fields = CopiedOnWrite(Fields(
            id: id, part: part, title: title, variants: variants, topics: topics, requirements: requirements, line: line))
    }
}

/// One distinct obligation of a section.
///
/// A value with its fields behind one reference, copied on write: every check reads requirements
/// out of the reference's arrays (a loop over a section's requirements copies each), and a copy of
/// thirteen fields retained and released thirteen references, about 1 % of a batch check. A copy
/// now retains one; a change makes the fields its own first.
public struct Requirement: Hashable, Sendable {
    /// The stored fields, compared and hashed as the struct's own were.
    struct Fields: Hashable, Sendable {
        var id: RequirementID
        var name: String
        var summary: String
        var terms: [Term]
        var lists: [[String]]
        var compiled: [CompiledList] = []
        var elements: [RequirementElement] = []
        var levels: [Metadata.Level] = []
        var deadline: String?
        var wording: [String]
        var onePlanWording: [String] = []
        var source: String
        var line: Int
    }

    private var fields: CopiedOnWrite<Fields>

    /// Section id and a letter ("2021-1-3b").
    public var id: RequirementID { get { fields.value.id } set { fields.value.id = newValue } }
    public var name: String { get { fields.value.name } set { fields.value.name = newValue } }
    /// What it asks for, in the project's own words.
    public var summary: String { get { fields.value.summary } set { fields.value.summary = newValue } }
    /// Phrases whose presence in an item shows it carries out this requirement.
    public var terms: [Term] { get { fields.value.terms } set { fields.value.terms = newValue } }
    /// Required enumerations, each a list of members (`list` lines).
    public var lists: [[String]] { get { fields.value.lists } set { fields.value.lists = newValue } }
    /// Enumerations read from the wording (`ReferenceCompiler`), besides those `lists` holds: compared
    /// where a plan renders their clause.
    public var compiled: [CompiledList] { get { fields.value.compiled } set { fields.value.compiled = newValue } }
    /// What an item carrying out the requirement must say besides its lists: a duty or caution
    /// (`requires`) or the subject, channel or object it names (`scope`). The diff reports each one
    /// no item of the plan says.
    public var elements: [RequirementElement] { get { fields.value.elements } set { fields.value.elements = newValue } }
    /// The administrative levels the requirement binds; empty for every level. Some duties exist only
    /// where the power does: only provinces and prefecture-level cities make 规章.
    public var levels: [Metadata.Level] { get { fields.value.levels } set { fields.value.levels = newValue } }
    /// The time limit as written ("2021年底前").
    public var deadline: String? { get { fields.value.deadline } set { fields.value.deadline = newValue } }
    /// The consensus wording: what copies of the national text share.
    public var wording: [String] { get { fields.value.wording } set { fields.value.wording = newValue } }
    /// The lines of `wording` found in one plan only (`wording-one-plan`): used like the others, but a
    /// finding that quotes one says it is one plan's words, not confirmed as the national text.
    public var onePlanWording: [String] { get { fields.value.onePlanWording } set { fields.value.onePlanWording = newValue } }
    /// Where the summary, terms and wording came from.
    public var source: String { get { fields.value.source } set { fields.value.source = newValue } }
    public var line: Int { get { fields.value.line } set { fields.value.line = newValue } }

    /// Whether `text` (a wording line or a clause of one) stands only in lines one plan wrote.
    public func isOnePlan(_ text: String) -> Bool {
        let onePlanWording = fields.value.onePlanWording
        guard !onePlanWording.isEmpty else { return false }
        let t = MatchText(text)
        func holds(_ line: String) -> Bool { MatchText(line).contains(t) }
        return onePlanWording.contains(where: holds) && !fields.value.wording.filter { !onePlanWording.contains($0) }.contains(where: holds)
    }

    public init(
        id: RequirementID, name: String, summary: String, terms: [Term] = [], lists: [[String]] = [],
        deadline: String? = nil, wording: [String] = [], source: String, line: Int = 0
    ) {
        fields = CopiedOnWrite(Fields(id: id, name: name, summary: summary, terms: terms, lists: lists, deadline: deadline, wording: wording, source: source, line: line))
    }
}

/// A key term and its other spellings ("IPv6" / "互联网协议第6版"): any spelling counts.
public struct Term: Hashable, Sendable {
    public var spellings: [String]

    public init(_ spellings: [String]) {
        self.spellings = spellings
    }

    /// The first spelling, as reports name the term.
    public var name: String { spellings.first ?? "" }
}

/// One thing a requirement asks an item to say, with the spellings that count as saying it.
public struct RequirementElement: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable {
        /// A duty or caution: leaving it out makes the obligation softer or narrower (weakened).
        case duty
        /// The subject, channel or object: leaving it out changes what the work covers (scope-change).
        case scope
    }

    public var spellings: [String]
    public var role: Role

    public init(_ spellings: [String], role: Role) {
        self.spellings = spellings
        self.role = role
    }

    public var name: String { spellings.first ?? "" }
}
