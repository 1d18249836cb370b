import XCTest
@testable import Compare

/// When reflow joins a line onto the one before, it merges the tail it read of that line instead of
/// reading the line again; the merge must give what reading it again gives, field by field.
final class ReflowTailTests: XCTestCase {
    func fields(_ t: Reflow.Tail) -> [String] {
        [t.text, "\(t.tabs)", "\(t.paren)", "\(t.book)", "\(t.square)", "\(t.clausePunctuation)", "\(t.sentence)",
         "\(t.opensLabel)", "\(t.markerLength)", "\(t.isArabicItem)", "\(t.isChineseHeading)",
         String(String.UnicodeScalarView(t.recent)), "\(t.scalarCount)", "\(t.lastClause)", t.last.map { String($0) } ?? "nil"]
    }

    func assertMergeEqualsAppend(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) {
        var appended = Reflow.Tail(a)
        appended.append(b)
        var merged = Reflow.Tail(a)
        merged.merge(Reflow.Tail(b))
        XCTAssertEqual(fields(merged), fields(appended), "「\(a)」+「\(b)」", file: file, line: line)
    }

    /// A tail's counts are what counting every scalar of the line gives (the reading passes over
    /// ideographs by their value): every corpus line, and lines mixing every counted mark with
    /// ideographs, letters and a scalar past the basic plane.
    func testTailCountsAreThePlainCounts() throws {
        var lines = ["（一）做好《条例》〔2021〕【重点】[附件]，公开。\t表格；要点：政务、信息", "\t\t", "", "一二三", "𠀀（𠀁）。"]
        for name in Fixtures.planNames {
            lines += try Fixtures.text(name).split(whereSeparator: \.isNewline).map { Canonical.text(String($0)) }
        }
        for line in lines {
            let s = Array(line.unicodeScalars)
            let tail = Reflow.Tail(line)
            func count(_ marks: String) -> Int { s.filter { marks.unicodeScalars.contains($0) }.count }
            XCTAssertEqual(tail.tabs, count("\t"), line)
            XCTAssertEqual(tail.paren, count("（") - count("）"), line)
            XCTAssertEqual(tail.book, count("《") - count("》"), line)
            XCTAssertEqual(tail.square, count("〔【[") - count("〕】]"), line)
            XCTAssertEqual(tail.sentence, s.contains("。"), line)
            XCTAssertEqual(tail.lastClause, (s.lastIndex { "，。；：、".unicodeScalars.contains($0) }).map { $0 + 1 } ?? 0, line)
            XCTAssertEqual(tail.last, s.last, line)
            XCTAssertEqual(tail.scalarCount, s.count, line)
        }
    }

    /// Every pair of consecutive lines of every corpus plan, and every line cut at every scalar.
    func testMergingATailEqualsReadingTheJoinedLineAgain() throws {
        var pairs = 0
        for name in Fixtures.planNames {
            let lines = try Fixtures.text(name).split(whereSeparator: \.isNewline).map { Canonical.text(String($0)) }
            for (a, b) in zip(lines, lines.dropFirst()) {
                assertMergeEqualsAppend(a, b)
                pairs += 1
            }
            for line in lines.prefix(60) {
                let s = Array(line.unicodeScalars)
                for cut in 0...s.count {
                    assertMergeEqualsAppend(ScalarText.string(s[..<cut]), ScalarText.string(s[cut...]))
                }
            }
        }
        XCTAssertGreaterThan(pairs, 300)
        // Brackets left open across the join, a marker longer than the first line, clauses on either side.
        for (a, b) in [("（一", "）做好"), ("1.", "，公开"), ("一、", "做好，"), ("〔牵头单位：", "区财政局〕。"), ("", "《条例》，")] {
            assertMergeEqualsAppend(a, b)
        }
    }
}
