/// A document a plan cites: the national key points, a provincial notice, a regulation.
public struct Citation: Hashable, Sendable {
    /// The title as cited, without 《》 and with inner 〈〉 dropped, when the plan gives one.
    public var title: String?
    /// The document number in one spelling: full-width 〔〕, no spaces ("国办发〔2021〕12号").
    public var number: String?

    public init(title: String?, number: String?) {
        self.title = title
        self.number = number
    }
}
