/// What a plan says about itself: whose plan, which year, which document.
///
/// Every field is optional: openings are often cut off, and a field the document does not state
/// is `nil` rather than guessed.
public struct Metadata: Hashable, Sendable {
    /// Administrative level of the locality whose plan this is.
    public enum Level: String, Sendable, CaseIterable {
        /// Province, autonomous region, municipality directly under the central government.
        case province
        /// Prefecture-level city, autonomous prefecture, league, region.
        case prefecture
        /// County-level: district, county, banner, county-level city.
        case county
        /// Development zone, high-tech zone, new area, industrial park.
        case zone
    }

    public var title: String?
    public var locality: String?
    public var level: Level?
    /// The province-level division (新疆, 天津), from the header or the text (`ProvinceFinder`).
    public var province: String?
    public var year: Int?
    /// The plan's own document number (乌政办〔2018〕158号), not the numbers it cites.
    public var documentNumber: String?
    public var issuer: String?
    /// Issue date (written "YYYY-MM-DD" in every report).
    public var date: CalendarDate?
    /// True for a draft for comment (征求意见稿, 草案, 送审稿, 讨论稿).
    public var draft: Bool
    public var cites: [Citation]

    public init(
        title: String? = nil, locality: String? = nil, level: Level? = nil, year: Int? = nil,
        documentNumber: String? = nil, issuer: String? = nil, date: CalendarDate? = nil,
        draft: Bool = false, cites: [Citation] = []
    ) {
        self.title = title
        self.locality = locality
        self.level = level
        self.year = year
        self.documentNumber = documentNumber
        self.issuer = issuer
        self.date = date
        self.draft = draft
        self.cites = cites
    }
}
