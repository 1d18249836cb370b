import XCTest

@testable import Compare

/// Every corpus plan written as a task table with a header (序号, 工作任务, 具体要求, 责任单位, 时限要求),
/// its sections as rows of their own and then in their column on every row: what the table tests
/// change a column of, each comparing the changed table's reading with this one's.
struct CorpusTable {
    let name: String
    let table: PlanRenderer.Table
    let text: String
    let headerLine: String
    /// The table's reading (`LayoutVariantTests.signature`).
    let want: [String]

    static func all() throws -> [CorpusTable] {
        var out: [CorpusTable] = []
        for name in Fixtures.planNames {
            let original = try Fixtures.text(name)
            let plan = try Fixtures.parse(original, name: name)
            for sections in [PlanRenderer.Table.Sections.rows, .repeated] {
                let table = PlanRenderer.Table(numberColumn: true, header: true, sections: sections, order: [.section, .task, .units, .deadline])
                let text = PlanRenderer().render(plan, original: original, as: table)
                out.append(CorpusTable(name: name, table: table, text: text, headerLine: table.columns.map(\.rawValue).joined(separator: "\t"),
                                       want: LayoutVariantTests.signature(try Fixtures.parse(text, name: name))))
            }
        }
        return out
    }

    /// Fails at the first item `variant` reads otherwise than the table.
    func assertReadsAlike(_ variant: String, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let got = LayoutVariantTests.signature(try Fixtures.parse(variant, name: name))
        XCTAssertEqual(got.count, want.count, "\(name) \(table.sections) \(label)", file: file, line: line)
        for (a, b) in zip(want, got) where a != b {
            XCTFail("\(name) \(table.sections) \(label):\n  want \(a)\n  got  \(b)", file: file, line: line)
            break
        }
    }
}

/// Fails at the first item `got` reads otherwise than `want` (and, with `metadata`, where its
/// title, year or locality differ): what a layout test asks of a plan written another way.
func assertReadsAlike(_ got: Plan, _ want: Plan, _ label: String, metadata: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
    if metadata {
        XCTAssertEqual(got.metadata.title, want.metadata.title, label, file: file, line: line)
        XCTAssertEqual(got.metadata.year, want.metadata.year, label, file: file, line: line)
        XCTAssertEqual(got.metadata.locality, want.metadata.locality, label, file: file, line: line)
    }
    let (a, b) = (LayoutVariantTests.signature(want), LayoutVariantTests.signature(got))
    XCTAssertEqual(b.count, a.count, label, file: file, line: line)
    for (x, y) in zip(a, b) where x != y {
        XCTFail("\(label):\n  want \(x)\n  got  \(y)", file: file, line: line)
        break
    }
}
