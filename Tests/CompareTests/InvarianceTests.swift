import Foundation
import XCTest

@testable import Compare

/// A plan's tree does not depend on how its file was saved: the encoding, the line endings, the
/// width its lines were wrapped at, or whether its punctuation was typed ASCII or full-width.
final class InvarianceTests: XCTestCase {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    func dump(_ plan: Plan) -> String { TreeDump.render(plan) }

    /// The dump without line numbers, for transformations that move lines.
    func dumpWithoutLines(_ plan: Plan) -> String {
        var out = ""
        for line in TreeDump.render(plan).split(separator: "\n") {
            var l = String(line)
            if let at = l.range(of: " @") {
                let rest = l[at.upperBound...]
                let end = rest.firstIndex(of: " ") ?? rest.endIndex
                l.removeSubrange(at.lowerBound..<end)
            }
            if l.hasPrefix("warning: line") { continue }
            out += l + "\n"
        }
        return out
    }

    func forEachPlan(_ body: (String, String, Plan) throws -> Void) throws {
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            try body(name, text, try Fixtures.parse(text, name: name))
        }
    }

    func testGB18030GivesTheSameTree() throws {
        try forEachPlan { name, text, plan in
            let bytes = [UInt8](text.data(using: Self.gb18030)!)
            let other = try Fixtures.parse(bytes: bytes, name: name)
            XCTAssertEqual(dump(other), dump(plan), name)
        }
    }

    func testUTF16GivesTheSameTree() throws {
        try forEachPlan { name, text, plan in
            let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            XCTAssertEqual(dump(try Fixtures.parse(bytes: le, name: name)), dump(plan), name + " UTF-16LE")
            XCTAssertEqual(dump(try Fixtures.parse(bytes: be, name: name)), dump(plan), name + " UTF-16BE")
        }
    }

    func testCRLFGivesTheSameTree() throws {
        try forEachPlan { name, text, plan in
            let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
            XCTAssertEqual(dump(try Fixtures.parse(crlf, name: name)), dump(plan), name)
        }
    }

    func testFullWidthParenthesesAndColonsGiveTheSameTree() throws {
        try forEachPlan { name, text, plan in
            var s = ""
            for c in text {
                switch c {
                case "(": s.append("（")
                case ")": s.append("）")
                case ":": s.append("：")
                default: s.append(c)
                }
            }
            XCTAssertNotEqual(s, text, "\(name) has ASCII punctuation to turn")
            XCTAssertNil(Golden.firstDifference(dump(plan), dump(try Fixtures.parse(s, name: name))), name)
        }
    }

    /// Re-wraps every line longer than `width` characters into lines of exactly `width`, as a
    /// fixed-width export would. A break is never put next to a tab: a line that starts with a tab
    /// is a table's continuation row, whatever the width.
    static func rewrap(_ text: String, width: Int) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var chars = Array(line)
            while chars.count > width {
                var cut = width
                while cut < chars.count, chars[cut] == "\t" || chars[cut - 1] == "\t" { cut += 1 }
                out.append(String(chars[..<cut]))
                chars.removeFirst(cut)
            }
            out.append(String(chars))
        }
        return out.joined(separator: "\n")
    }

    func testRewrappedLinesGiveTheSameTree() throws {
        for width in [37, 52] {
            try forEachPlan { name, text, plan in
                let wrapped = Self.rewrap(text, width: width)
                XCTAssertGreaterThan(wrapped.split(separator: "\n").count, text.split(separator: "\n").count)
                XCTAssertNil(Golden.firstDifference(dumpWithoutLines(plan), dumpWithoutLines(try Fixtures.parse(wrapped, name: name))), "\(name) wrapped at \(width)")
            }
        }
    }
}
