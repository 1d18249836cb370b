@testable import Compare
import XCTest

/// A finding keeps its fields in a shared box: a copy changed in any field is changed alone, and
/// equality and hashing are field by field, as for a finding holding its fields itself.
final class FindingTests: XCTestCase {
    func sample() -> Finding {
        Finding(kind: .listOmission, severity: .warning, section: SectionID("2021-1-1"), requirement: RequirementID("2021-1-1a"),
                path: ItemPath("一、/（二）"), line: 12, text: "公开财政预决算", reference: "公开财政预决算、重大项目",
                missing: ["重大项目"], added: ["民生项目"], diff: [DiffSegment(.same, "公开"), DiffSegment(.removed, "重大")],
                message: .membersMissing(missing: ["重大项目"], of: 2))
    }

    /// Every field changed on a copy, one at a time: the copy reads the new value, the original
    /// and a second copy the old one, and only the changed copy differs from a finding built alike.
    func testEveryFieldChangedOnACopyChangesThatCopyAlone() {
        let changes: [(String, (inout Finding) -> Void)] = [
            ("kind", { $0.kind = .weakened }),
            ("severity", { $0.severity = .info }),
            ("section", { $0.section = nil }),
            ("requirement", { $0.requirement = RequirementID("2021-1-1b") }),
            ("path", { $0.path = ItemPath("二、") }),
            ("line", { $0.line = 13 }),
            ("text", { $0.text = "公开财政" }),
            ("reference", { $0.reference = "" }),
            ("missing", { $0.missing.append("专项资金") }),
            ("added", { $0.added = [] }),
            ("diff", { $0.diff.removeLast() }),
            ("message", { $0.message = .typo(written: "预决算", right: "预算") }),
            ("quotesOnePlan", { $0.quotesOnePlan = true }),
            ("gap", { $0.gap = true }),
        ]
        for (name, change) in changes {
            let original = sample()
            let shared = original
            var changed = original
            change(&changed)
            XCTAssertNotEqual(changed, original, name)
            XCTAssertEqual(original, sample(), name)
            XCTAssertEqual(shared, sample(), name)
            XCTAssertEqual(original.hashValue, sample().hashValue, name)
            // Changed back by hand, the copy equals the original again.
            var again = sample()
            change(&again)
            XCTAssertEqual(changed, again, name)
            XCTAssertEqual(changed.hashValue, again.hashValue, name)
        }
    }

    /// A finding alone in its box is changed in place, and an array's findings one by one (the
    /// check marks cautions so): the others, and copies of the array, keep their values.
    func testFindingsChangedInAnArrayLeaveItsCopiesAlone() {
        var list = (0..<5).map { k -> Finding in
            var f = sample()
            f.line = k
            return f
        }
        let before = list
        for k in list.indices where k % 2 == 0 { list[k].quotesOnePlan = true }
        XCTAssertEqual(list.map(\.quotesOnePlan), [true, false, true, false, true])
        XCTAssertEqual(before.map(\.quotesOnePlan), [false, false, false, false, false])
        XCTAssertEqual(list.map(\.line), before.map(\.line))
        XCTAssertEqual(Set(list + before).count, 8)
    }
}
