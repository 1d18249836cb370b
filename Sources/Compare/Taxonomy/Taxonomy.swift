import Foundation

/// The bundled national key points of every year, and the topics that cross years.
public struct Taxonomy: Hashable, Sendable {
    public var topics: [Topic]
    /// Sorted by year.
    public var references: [Reference]

    public init(topics: [Topic], references: [Reference]) {
        self.topics = topics
        self.references = references.sorted { $0.year < $1.year }
    }

    /// Reads `topics.txt` and every `<year>.txt` of `directory`.
    public static func load(directory: String) throws(TaxonomyError) -> Taxonomy {
        try load(.folder(directory))
    }

    /// Reads `topics.txt` and every `<year>.txt` of a folder or of the built-in taxonomy.
    public static func load(_ source: TaxonomySource) throws(TaxonomyError) -> Taxonomy {
        let topics = try TaxonomyFile.topics(text: source.text("topics.txt"), path: source.path("topics.txt"))
        var references: [Reference] = []
        for name in try source.names() where name.hasSuffix(".txt") && name.count == 8 && Int(name.prefix(4)) != nil {
            let path = source.path(name)
            let reference = try TaxonomyFile.reference(text: source.text(name), path: path, topics: topics)
            guard String(reference.year) == name.prefix(4) else {
                throw .syntax(path: path, line: reference.line, problem: "the file is named for \(name.prefix(4)) but says 'reference \(reference.year)'; make them agree")
            }
            references.append(ReferenceCompiler.compile(reference))
        }
        return Taxonomy(topics: topics, references: references)
    }

    public var years: [Int] { references.map(\.year) }

    public func reference(year: Int) -> Reference? {
        references.first { $0.year == year }
    }

    /// The key points a plan of `year` implements: that year's if the taxonomy has it, else the
    /// nearest earlier year's (a plan follows the national points already issued). With no year,
    /// the latest.
    public func reference(forPlanYear year: Int?) throws(TaxonomyError) -> Reference {
        guard let year else {
            guard let last = references.last else { throw .noSuchYear(year: 0, available: []) }
            return last
        }
        guard let match = references.last(where: { $0.year <= year }) else {
            throw .noSuchYear(year: year, available: years)
        }
        return match
    }

    public func topic(named name: String) -> Topic? {
        topics.first { $0.name == name }
    }

    static func read(_ path: String) throws(TaxonomyError) -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "not UTF-8 text")
        }
        if let (line, c) = ScalarText.firstControl(text) { throw .controlCharacter(path: path, line: line, scalar: c.value) }
        return text
    }
}
