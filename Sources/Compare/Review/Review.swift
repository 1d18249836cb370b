/// A year-over-year review of two documents: what was carried over, what is new, what was dropped,
/// what changed in what was carried over, and which topics one side has and the other lacks.
///
/// Why one shape for plans and for the national key points: both are lists of tasks that renumber
/// and reorder every year, so they are paired by the same engine (`ItemPairing`) and read the same
/// way; a review of references adds the pairing of their sections.
public struct ReviewResult: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Two plans: the entries are their items.
        case plans
        /// Two years of national key points: the entries are requirements.
        case references
    }

    public var kind: Kind
    public var old: ReviewSide
    public var new: ReviewSide
    /// Items (plans) or requirements (references).
    public var entries: EntryReview
    /// References only: their sections, paired the same way (nil for plans).
    public var sections: EntryReview?
    /// One per topic either side has an entry for (a reference's sections, for references), in
    /// the taxonomy's order.
    public var topics: [TopicChange]

    public init(kind: Kind, old: ReviewSide, new: ReviewSide, entries: EntryReview, sections: EntryReview? = nil, topics: [TopicChange]) {
        self.kind = kind
        self.old = old
        self.new = new
        self.entries = entries
        self.sections = sections
        self.topics = topics
    }

    public var topicsGained: [TopicChange] { topics.filter { $0.status == .gained } }
    public var topicsLost: [TopicChange] { topics.filter { $0.status == .lost } }

    /// Two plans of one locality: what differs is the year. Otherwise place and level differ too.
    public var sameLocality: Bool {
        kind == .references || old.isSamePlace(as: new)
    }

    /// Two plans known to be two places' (both name theirs, and they differ): reviewed as two
    /// localities', not as one office's versions. Plans that name no place are not known to be
    /// two (a draft and its final text may name none), and keep the one office's words, though
    /// their units are not compared (`sameLocality`).
    public var twoLocalities: Bool {
        kind == .plans && old.locality != nil && new.locality != nil && !sameLocality
    }
}

/// One of the two documents reviewed.
public struct ReviewSide: Hashable, Sendable {
    /// The plan's file name, or the reference's name ("2021").
    public var name: String
    public var title: String?
    public var year: Int?
    /// The national key points its entries were aligned to (its own name for a reference).
    public var reference: String
    /// The plan's locality and level (nil for a reference): two plans of different localities are a
    /// benchmark, not a year-over-year review, and their units are not compared.
    public var locality: String? = nil
    public var level: Metadata.Level? = nil
    /// The plan's province, where it names one (`Metadata.province`).
    public var province: String? = nil
    /// The taxonomy's wording for its year was drawn from this plan (`drawn-from`).
    public var referenceDrawnFromIt = false
    /// For a reference: the plan files its wording was drawn from (`drawn-from`).
    public var drawnFrom: [String] = []

    public init(name: String, title: String?, year: Int?, reference: String) {
        self.name = name
        self.title = title
        self.year = year
        self.reference = reference
    }

    /// One place: the same name, in one province where both name theirs. District names recur
    /// across the country (鼓楼区 in 江苏 and in 福建): two such plans are two offices', not one
    /// office's versions, and their units are not compared.
    public func isSamePlace(as other: ReviewSide) -> Bool {
        guard let locality, locality == other.locality else { return false }
        return ProvinceFinder.mayBeOne(province, other.province)
    }
}

/// The pairing of one level (items, requirements or sections) of the two documents.
public struct EntryReview: Hashable, Sendable {
    /// Entries found in both, in the new document's order.
    public var carriedOver: [ReviewPair]
    /// Only in the new document, in its order.
    public var added: [ReviewEntry]
    /// Only in the old document, in its order.
    public var dropped: [ReviewEntry]
    /// Entries left unpaired whose words the other side still holds inside another entry: an old
    /// task merged into a new one, or a new task split off an old one. Neither dropped nor new.
    public var continued: [Continuation] = []

    public init(carriedOver: [ReviewPair], added: [ReviewEntry], dropped: [ReviewEntry], continued: [Continuation] = []) {
        self.carriedOver = carriedOver
        self.added = added
        self.dropped = dropped
        self.continued = continued
    }

    public var changed: [ReviewPair] { carriedOver.filter(\.isChanged) }
    public var unchanged: [ReviewPair] { carriedOver.filter { !$0.isChanged } }
}

/// An entry one side has on its own whose words stand inside an entry of the other side.
public struct Continuation: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// An old entry now said inside a new one (two tasks made one).
        case merged
        /// A new entry said inside an old one (one task made two).
        case split
    }

    public var kind: Kind
    public var old: ReviewEntry
    public var new: ReviewEntry
    /// The share of the unpaired entry's weight the other holds (0…1).
    public var share: Double
    /// Joined by their shared topic rather than their words (sections).
    public var byTopic: Bool

    public init(kind: Kind, old: ReviewEntry, new: ReviewEntry, share: Double, byTopic: Bool = false) {
        self.kind = kind
        self.old = old
        self.new = new
        self.share = share
        self.byTopic = byTopic
    }
}

/// One task of a document as the review compares it: an item of a plan, a requirement or a section
/// of the national key points.
public struct ReviewEntry: Hashable, Sendable {
    /// The item's path ("二、/（三）/7."), or the requirement's or section's id.
    public var id: String
    /// Line in its file (1-based; 0 when the reference was built in code).
    public var line: Int
    /// What is shown and diffed: the item's text, the requirement's summary, the section's title.
    public var text: String
    /// What similarity is measured on: the text, and for the national points also their key terms,
    /// lists and wording.
    public var matchText: String
    /// Topic names, in the taxonomy's order.
    public var topics: [String]
    /// The national sections the item carries out (the requirement's or section's own for references).
    public var sections: [SectionID]
    public var lead: [String]
    public var responsible: [String]
    public var deadlines: [Deadline]
    /// Members of a requirement's required enumerations (empty for plan items).
    public var members: [String]

    public init(
        id: String, line: Int, text: String, matchText: String? = nil, topics: [String], sections: [SectionID],
        lead: [String] = [], responsible: [String] = [], deadlines: [Deadline] = [], members: [String] = []
    ) {
        self.id = id
        self.line = line
        self.text = text
        self.matchText = matchText ?? text
        self.topics = topics
        self.sections = sections
        self.lead = lead
        self.responsible = responsible
        self.deadlines = deadlines
        self.members = members
    }
}

/// An entry found in both documents.
public struct ReviewPair: Hashable, Sendable {
    public var old: ReviewEntry
    public var new: ReviewEntry
    /// Character-bigram TF-IDF similarity of the two match texts, years masked (0…1): the mean of
    /// their cosine and of how much of either is found in the other.
    public var similarity: Double
    /// Empty when the task is carried over as it was.
    public var changes: [ReviewChange]
    /// Paired on close wording (the first pass), not only as each other's nearest within a topic.
    public var close: Bool

    public init(old: ReviewEntry, new: ReviewEntry, similarity: Double, changes: [ReviewChange], close: Bool = true) {
        self.old = old
        self.new = new
        self.similarity = similarity
        self.changes = changes
        self.close = close
    }

    public var isChanged: Bool { !changes.isEmpty }
}

/// One way a carried-over entry changed.
public struct ReviewChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The text says something else (beyond punctuation, spacing, years and deadlines).
        case wording
        /// A time limit moved, was added or was dropped (dates compared relative to each side's year).
        case deadline
        case lead
        case responsible
        /// Members of a required enumeration added or removed (references).
        case members
    }

    public var kind: Kind
    /// What only the old entry has (deadlines as written, unit names, list members).
    public var removed: [String]
    /// What only the new entry has.
    public var added: [String]
    /// Old → new, character by character (wording only).
    public var diff: [DiffSegment]
    /// What the change does, in the check's kinds (`weakened` when the new wording adds a hedge or
    /// drops a firm word, `strengthened` the reverse, `list-omission` when an enumeration lost
    /// members, `deadline-change` for a time limit), with a one-line note; nil when it is neither.
    public var effect: Finding.Kind? = nil
    /// What the note says, as data: a report in another language words it from this.
    public var message: FindingNote? = nil
    public var note: String? { message?.english }

    public init(kind: Kind, removed: [String] = [], added: [String] = [], diff: [DiffSegment] = [], effect: Finding.Kind? = nil, message: FindingNote? = nil) {
        self.kind = kind
        self.removed = removed
        self.added = added
        self.diff = diff
        self.effect = effect
        self.message = message
    }
}

/// One topic and the entries of each side that fall under it.
public struct TopicChange: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        /// Both sides have entries under it.
        case kept
        /// Only the new side.
        case gained
        /// Only the old side.
        case lost
    }

    public var topic: String
    /// `Topic.key` ("fiscal").
    public var key: String
    public var status: Status
    /// Entry ids (items, or sections for references), in document order.
    public var old: [String]
    public var new: [String]
    /// Whether each side's national key points have a section on the topic: a topic the national
    /// points dropped is lost for a reason; one they still ask for is a question for the office.
    public var inOldReference: Bool
    public var inNewReference: Bool

    public init(topic: String, key: String, status: Status, old: [String], new: [String], inOldReference: Bool, inNewReference: Bool) {
        self.topic = topic
        self.key = key
        self.status = status
        self.old = old
        self.new = new
        self.inOldReference = inOldReference
        self.inNewReference = inNewReference
    }
}
