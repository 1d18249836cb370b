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
