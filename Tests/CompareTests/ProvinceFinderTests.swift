import XCTest

@testable import Compare

/// The province a plan belongs to, from its header, its citations and its text.
final class ProvinceFinderTests: XCTestCase {
    func province(locality: String? = nil, issuer: String? = nil, cites: [String] = [], text: String = "") -> String? {
        ProvinceFinder.province(locality: locality, issuer: issuer, cites: cites.map { Citation(title: nil, number: $0) }, text: text)
    }

    func testAHeaderChainStartingWithTheProvinceDecides() {
        XCTAssertEqual(province(locality: "新疆维吾尔自治区吐鲁番市高昌区", text: "学习借鉴浙江、浙江、浙江的经验"), "新疆")
        XCTAssertEqual(province(issuer: "广东省珠海市人民政府办公室"), "广东")
        XCTAssertEqual(province(locality: "天津市"), "天津")
        // A prefecture named like another province is no header evidence for it.
        XCTAssertNil(province(locality: "海南藏族自治州同德县"))
    }

    func testProvincialDocumentsCitedCount() {
        XCTAssertEqual(province(cites: ["国办发〔2021〕12号", "粤府办〔2021〕3号"]), "广东")
        XCTAssertEqual(province(cites: ["新政办发〔2020〕25号"], text: "按照上海的做法"), "新疆")
        // A prefecture's own numbers (乌政办, 吐政办函) and the State Council's are no province's.
        XCTAssertNil(province(cites: ["乌政办〔2018〕149号", "吐政办函〔2021〕11号", "国办发〔2018〕23号"]))
    }

    /// Every province's code, followed by 政 or by 府, names that province; followed by anything
    /// else, or alone, no province.
    func testEveryProvincesCodeOpensItsNumbers() {
        for p in ProvinceFinder.provinces {
            XCTAssertEqual(province(cites: ["\(p.code)政办发〔2021〕1号"]), p.name)
            XCTAssertEqual(province(cites: ["\(p.code)府〔2021〕2号"]), p.name)
            XCTAssertNil(province(cites: ["\(p.code)办发〔2021〕3号"]))
            XCTAssertNil(province(cites: ["\(p.code)"]))
        }
    }

    func testMentionsInTheTextCountOnceEach() {
        XCTAssertEqual(province(text: "按照内蒙古自治区要求，结合内蒙古实际"), "内蒙古")
        XCTAssertEqual(province(text: "新疆维吾尔自治区政府"), "新疆")
    }

    func testNoEvidenceOrATieIsUnknown() {
        XCTAssertNil(province(text: "按照自治区和市的部署"))
        XCTAssertNil(province(text: "学习北京、上海的经验"))
    }

    func testTheCorpusPlansProvinces() throws {
        // Only what each plan says: 珠海高新区 names no province and cites no provincial document.
        let expected = [
            "2018-xinjiang-wulumuqi.txt": "新疆", "2021-xinjiang-tulufan-gaochang-draft.txt": "新疆",
            "2021-neimenggu-eerduosi-kangbashi.txt": "内蒙古", "2021-tianjin-jinghai-draft.txt": "天津",
        ]
        for name in Fixtures.planNames {
            XCTAssertEqual(try Fixtures.plan(name).metadata.province, expected[name], name)
        }
    }

    /// The flat table the pass reads answers exactly as the name table does, for every scalar: it
    /// may only save work, never skip a name or add one.
    func testTheFirstScalarTableAgreesWithTheNameTable() {
        for v: UInt32 in 0..<0x11_0000 {
            guard let c = Unicode.Scalar(v) else { continue }
            let flat = ProvinceFinder.names(startingWith: c, groupOf: ProvinceFinder.groupOf, groups: ProvinceFinder.groups)
            let named = ProvinceFinder.byFirst[c]
            // Asserted one by one only where either names something (a million asserts cost seconds).
            guard flat != nil || named != nil else { continue }
            XCTAssertEqual(flat?.map(\.0), named?.map(\.0), "U+\(String(v, radix: 16))")
            XCTAssertEqual(flat?.map(\.1), named?.map(\.1), "U+\(String(v, radix: 16))")
        }
    }

    /// The scans to the next place a reader may start, through pointers, are the plain scans by
    /// subscript (`ScalarSet.firstIndex`): to a province's first character (`firstScalars`) and to a
    /// citation's opening mark, from every place of 2,000 random texts of members, non-members
    /// near them, scalars past the plane and ASCII, and from before the start, the end and past
    /// it; and the provinces mentioned are those of a mention-by-mention reading.
    func testTheScansToTheNextStartAreThePlainScans() {
        let names = ProvinceFinder.provinces.map(\.name)
        let alphabet = names + ["北", "新", "政", "令", "《", "》", "（", "(", "〔", "\u{20000}", "a", "\u{FFFF}", "\u{3000}"]
        let opens = CitationScanner.opens
        var random = SeededRandom(seed: 0x5CA2)
        var found = 0
        for _ in 0..<2_000 {
            let s = ScalarText.scalars(random.text(from: alphabet, maxLength: 30))
            for start in -1...(s.count + 1) {
                let from = max(start, 0), where_ = "\(MatchText.string(s.map(\.value))) from \(start)"
                let plainStart = (from..<max(from, s.count)).first { s[$0].value < 0x1_0000 && ProvinceFinder.groupOf[Int(s[$0].value)] != 0 } ?? s.count
                XCTAssertEqual(ProvinceFinder.firstScalars.firstIndex(in: s, from: start), plainStart, where_)
                let plainOpen = (from..<max(from, s.count)).first { opens.contains(s[$0]) } ?? s.count
                XCTAssertEqual(opens.firstIndex(in: s, from: start), plainOpen, where_)
                if plainStart < s.count { found += 1 }
            }
            var mentioned: [Int] = []
            var i = 0
            while i < s.count {
                if let (k, name) = ProvinceFinder.provinces.enumerated().lazy.map({ ($0.offset, Array($0.element.name.unicodeScalars)) })
                    .first(where: { ScalarText.has(s, $0.1, at: i) }) {
                    mentioned.append(k)
                    i += name.count
                } else {
                    i += 1
                }
            }
            XCTAssertEqual(ProvinceFinder.mentions(in: s), mentioned, MatchText.string(s.map(\.value)))
        }
        XCTAssertGreaterThan(found, 10_000)
    }
}
