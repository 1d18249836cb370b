import XCTest
@testable import Compare

/// Typed ids must print, order and serialise exactly as the strings they replaced, or every report
/// would change; these hold that for every id the bundled taxonomy and the corpus plans have.
final class IdentifierTests: XCTestCase {
    func testEverySectionAndRequirementIdPrintsAndOrdersAsItsString() throws {
        for reference in Fixtures.taxonomy.references {
            let sections = reference.sections.map(\.id)
            let requirements = reference.requirements.map(\.requirement.id)
            XCTAssertFalse(sections.isEmpty)
            for id in sections {
                XCTAssertEqual("\(id)", id.rawValue)
                XCTAssertEqual(id.description, id.rawValue)
                XCTAssertEqual(id.json, .string(id.rawValue))
                XCTAssertEqual(SectionID(id.rawValue), id)
            }
            XCTAssertEqual(sections.sorted().map(\.rawValue), sections.map(\.rawValue).sorted())
            XCTAssertEqual(requirements.sorted().map(\.rawValue), requirements.map(\.rawValue).sorted())
            XCTAssertEqual(sections.joined(separator: ", "), sections.map(\.rawValue).joined(separator: ", "))
            // Each requirement id is its section's id and one letter.
            for (section, requirement) in reference.requirements {
                XCTAssertTrue(requirement.id.rawValue.hasPrefix(section.id.rawValue))
                XCTAssertEqual(requirement.id.rawValue.count, section.id.rawValue.count + 1)
            }
        }
    }

    func testItemPathsOfEveryCorpusPlanAreUniqueAndPrintAsTheirNumbering() throws {
        XCTAssertEqual(Fixtures.planNames.count, 5)
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let paths = plan.items.map(\.path)
            XCTAssertEqual(Set(paths).count, paths.count, plan.name)
            for (item, path) in zip(plan.items, paths) {
                XCTAssertEqual("\(path)", path.rawValue)
                if let numbering = item.node.numbering?.canonical {
                    // The last step of the path is the item's own numbering (before any "#2").
                    let last = path.rawValue.split(separator: "/").last.map { String($0.split(separator: "#")[0]) }
                    XCTAssertEqual(last, numbering, "\(plan.name) \(path)")
                }
            }
        }
    }

    func testLiteralsAndInterpolationMakeTheSameId() {
        let part = 1, n = 3
        let built: SectionID = "2021-\(part)-\(n)"
        XCTAssertEqual(built, "2021-1-3")
        XCTAssertEqual(built, SectionID("2021-1-3"))
        XCTAssertLessThan(SectionID("2021-1-10"), SectionID("2021-1-3"), "ids order as strings, as they did")
    }
}
