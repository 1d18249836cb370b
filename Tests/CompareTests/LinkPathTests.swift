import Foundation
import XCTest

@testable import Compare

/// Report files are named after the plans' files, as they were downloaded; a link to one must open
/// it whatever the name holds.
final class LinkPathTests: XCTestCase {
    /// Every scalar a link target cannot hold raw is encoded, nothing else is, and decoding gives the
    /// path back: random paths over ASCII, Chinese, white space of two scripts and controls.
    func testEncodingIsReadBackAsThePath() {
        var alphabet = (0x01...0x7F).compactMap(Unicode.Scalar.init)
        alphabet += ["乌", "鲁", "区", "（", "）", "\u{3000}", "\u{00A0}", "\u{200B}", "、", "·", "é"]
        var generator = SeededRandom(seed: 1001)
        for _ in 0..<2_000 {
            var path = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &generator) { path.append(alphabet.randomElement(using: &generator)!) }
            let original = String(path)
            let encoded = LinkPath.encode(original)
            XCTAssertFalse(encoded.unicodeScalars.contains { $0 != "%" && LinkPath.needsEncoding($0) }, encoded)
            XCTAssertEqual(encoded.removingPercentEncoding, original, encoded)
            for c in original.unicodeScalars where !LinkPath.needsEncoding(c) && c != "%" {
                XCTAssertTrue(encoded.unicodeScalars.contains(c), "\(c) is kept as it is")
            }
        }
        for c in " #%&()|[]?<>\"'\\`{}^\u{3000}\t".unicodeScalars { XCTAssertTrue(LinkPath.needsEncoding(c), "\(c)") }
        for c in "/-._~乌（）、:@!$*+,;=".unicodeScalars { XCTAssertFalse(LinkPath.needsEncoding(c), "\(c)") }
    }

    /// The main job on plans whose file names hold every kind of character a link target reads as
    /// syntax: every link of every Markdown and web page opens a file the job wrote (its target,
    /// less its fragment, decoded and read from the page's folder).
    func testEveryLinkOfTheMainJobOpensAFileWhateverThePlansAreNamed() throws {
        let names = [
            "2018-xinjiang-wulumuqi.txt": "2018 乌鲁木齐 (1).txt",
            "2021-xinjiang-tulufan-gaochang-draft.txt": "2021#高昌区%20[草案]|'x'?&copy;.txt",
            "2021-guangdong-zhuhai-gaoxinqu.txt": "2021\u{3000}珠海{a}^`b`<c>.txt",
        ]
        var plans: [String: String] = [:]
        for (bundled, name) in names { plans[name] = try Fixtures.text(bundled) }
        let files = try ReportsTests.mainJob(plans)
        XCTAssertNotNil(files["check/2018 乌鲁木齐 (1).md"], "the reports keep the plans' names")
        var checked = 0
        for (page, text) in files {
            let targets: [String]
            if page.hasSuffix(".md") {
                targets = text.components(separatedBy: "](").dropFirst().map { String($0.prefix { $0 != ")" }) }
            } else if page.hasSuffix(".html") {
                targets = text.components(separatedBy: "href=\"").dropFirst().map {
                    String($0.prefix { $0 != "\"" }).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                }
            } else {
                continue
            }
            let folder = page.split(separator: "/").dropLast().map(String.init)
            for target in targets where !target.hasPrefix("http") && !target.hasPrefix("#") {
                let encoded = String(target.prefix { $0 != "#" })
                guard let decoded = encoded.removingPercentEncoding else {
                    XCTFail("\(page): \(target) is not a percent-encoded path")
                    continue
                }
                var path = folder
                for piece in decoded.split(separator: "/", omittingEmptySubsequences: false) {
                    if piece == ".." { _ = path.popLast() } else { path.append(String(piece)) }
                }
                XCTAssertNotNil(files[path.joined(separator: "/")], "\(page) links \(target), which opens no report")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100)
        for name in names.values {
            let stem = (name as NSString).deletingPathExtension
            XCTAssertTrue(files["README.md"]?.contains("](check/\(LinkPath.encode(stem)).md)") == true, name)
        }
    }

    /// `check DIR --out`: the summary's links open each plan's report, whatever the plan is named.
    func testTheBatchSummaryLinksOpenEachReport() throws {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: tmp) }
        try fm.createDirectory(at: tmp.appendingPathComponent("in"), withIntermediateDirectories: true)
        let name = "2021#高昌区 (1)%20|x.txt"
        try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt").write(to: tmp.appendingPathComponent("in/" + name), atomically: true, encoding: .utf8)
        let out = tmp.appendingPathComponent("out").path
        _ = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [tmp.appendingPathComponent("in/" + name).path],
                               format: .markdown, language: .zh, out: out) { _ in }
        let summary = try String(contentsOfFile: out + "/README.md", encoding: .utf8)
        let targets = summary.components(separatedBy: "](").dropFirst().map { String($0.prefix { $0 != ")" }) }
        XCTAssertEqual(targets.count, 1, summary)
        for target in targets {
            let decoded = try XCTUnwrap(target.removingPercentEncoding, target)
            XCTAssertTrue(fm.fileExists(atPath: out + "/" + decoded), "\(target) opens no report")
        }
    }
}
