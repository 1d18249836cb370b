import Foundation
import XCTest

@testable import Compare

/// Every corpus plan written out again in the layouts plans are published in, each variant parsed
/// and required to give the original's items, units and time limits.
final class LayoutVariantTests: XCTestCase {
    /// What a variant must keep of each item: its words (punctuation aside: a heading moved onto a
    /// line of its own loses its 。), its units and its time limits.
    static func signature(_ plan: Plan) -> [String] {
        plan.items.map { item in
            let n = item.node
            return [String(String.UnicodeScalarView(MatchText(n.text).scalars.compactMap(Unicode.Scalar.init))), "lead " + n.units.lead.joined(separator: "|"), "resp " + n.units.responsible.joined(separator: "|"),
                    "due " + n.deadlines.map { $0.normalized ?? $0.raw }.joined(separator: "|")].joined(separator: " ¦ ")
        }
    }

    func assertSameItems(_ variant: String, of name: String, original: Plan, label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let parsed = try Fixtures.parse(variant, name: name)
        let want = Self.signature(original), got = Self.signature(parsed)
        guard want != got else { return }
        let diff = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }
        XCTFail("\(name) (\(label)): \(got.count) items for \(want.count); first difference at item \(diff?.offset ?? min(want.count, got.count)):\n  want \(diff?.element.0 ?? want.dropFirst(got.count).first ?? "-")\n  got  \(diff?.element.1 ?? got.dropFirst(want.count).first ?? "-")", file: file, line: line)
    }

    func testUnitLinesInEveryFormKeepEveryItemAndItsUnits() throws {
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for form in PlanRenderer.UnitForm.allCases {
                let variant = PlanRenderer(units: form).render(plan, original: text)
                try assertSameItems(variant, of: name, original: plan, label: "units \(form)")
            }
        }
    }

    func testOtherNumberingFamiliesKeepEveryItem() throws {
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for numbering in PlanRenderer.Numbering.allCases {
                try assertSameItems(PlanRenderer(numbering: numbering).render(plan, original: text), of: name, original: plan, label: numbering.rawValue)
            }
        }
    }

    func testASectionsTaskWrittenBelowItsHeadingIsStillOneItem() throws {
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for form in PlanRenderer.UnitForm.allCases {
                let variant = PlanRenderer(units: form, headingOnItsOwnLine: true).render(plan, original: text)
                try assertSameItems(variant, of: name, original: plan, label: "heading on its own line, units \(form)")
            }
        }
    }

    /// Tasks written as paragraphs with no number, each followed by its unit line, under their
    /// section heading: each paragraph is an item with its units.
    func testUnnumberedTaskParagraphsEachFollowedByUnitsAreItems() throws {
        var paragraphs = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for form in PlanRenderer.UnitForm.allCases where form != .inline {
                let renderer = PlanRenderer(units: form, itemsAsParagraphs: true)
                let variant = renderer.render(plan, original: text)
                if form == .bareLine { paragraphs += variant.components(separatedBy: "\n").filter { !$0.isEmpty && MarkerScanner.leading($0) == nil }.count }
                try assertSameItems(variant, of: name, original: plan, label: "items as paragraphs, units \(form)")
            }
        }
        print("unnumbered task paragraphs written: \(paragraphs) lines (with unit lines and headers)")
        XCTAssertGreaterThan(paragraphs, 100)
    }

    /// Every plan's items as rows of a task table, in every arrangement: with and without a header
    /// and a 序号 column (its numbers bare, 「1.」 or 「（1）」), section titles merged, repeated or
    /// on rows of their own, columns in another order. Columns are read from what their cells hold,
    /// so each gives the same items, units and time limits as the plan's text.
    func testTaskTablesInEveryArrangementKeepEveryItemUnitAndTimeLimit() throws {
        var tables = 0, rows = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for table in PlanRenderer.Table.all {
                let variant = PlanRenderer().render(plan, original: text, as: table)
                tables += 1
                rows += variant.components(separatedBy: "\n").filter { $0.contains("\t") }.count
                try assertSameItems(variant, of: name, original: plan, label: table.description)
            }
        }
        print("task tables: \(tables), with \(rows) rows")
        XCTAssertGreaterThan(rows, 1000)
    }
}
