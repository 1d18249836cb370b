import Foundation
import XCTest

@testable import Compare

/// A fixed-seed mutation test, the small brother of the fuzzer in `Fuzz/`: corpus plans with bytes
/// flipped, lines shuffled, numbering scrambled, cut short and re-encoded. Every case must end with a
/// plan checked or a clear error, and take no more than a bounded multiple of the work and time of the
/// whole plan it was cut from (measured against that plan in the same run, never against a clock).
final class MutationTests: XCTestCase {
    /// SplitMix64: the same cases on every machine and every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    enum Mutation: CaseIterable {
        case flipBytes, shuffleLines, scrambleNumbering, truncate, reencode, duplicateLines, dropLines, insertNoise
    }

    static func mutate(_ bytes: [UInt8], _ kind: Mutation, _ r: inout Random) -> [UInt8] {
        var b = bytes
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        switch kind {
        case .flipBytes:
            for _ in 0..<(1 + r.below(20)) where !b.isEmpty { b[r.below(b.count)] ^= UInt8(1 << r.below(8)) }
            return b
        case .shuffleLines:
            for i in stride(from: lines.count - 1, to: 0, by: -1) { lines.swapAt(i, r.below(i + 1)) }
        case .scrambleNumbering:
            let marks = ["一、", "二、", "（一）", "（二）", "1.", "2.", "（1）", "①", "1、", "第一部分", "1.1", "十二、", "(3)", "3）"]
            for i in lines.indices where r.below(3) == 0 {
                let drop = lines[i].prefix { !$0.isLetter || $0.isNumber || "一二三四五六七八九十".contains($0) }.count
                lines[i] = marks[r.below(marks.count)] + String(lines[i].dropFirst(min(drop, 4)))
            }
        case .truncate:
            return Array(b.prefix(r.below(b.count + 1)))
        case .reencode:
            let encodings: [String.Encoding] = [.utf16LittleEndian, .utf16BigEndian, String.Encoding(rawValue: 0x8000_0632), .utf8]
            let data = text.replacingOccurrences(of: "\n", with: r.below(2) == 0 ? "\r\n" : "\r").data(using: encodings[r.below(encodings.count)]) ?? Data()
            return Array(data)
        case .duplicateLines:
            for _ in 0..<(1 + r.below(30)) where !lines.isEmpty { let i = r.below(lines.count); lines.insert(lines[i], at: i) }
        case .dropLines:
            for _ in 0..<(1 + r.below(30)) where lines.count > 1 { lines.remove(at: r.below(lines.count)) }
        case .insertNoise:
            let noise = ["\t\t\t", "<p>", "&lt;", "牵头单位：", "（", "》", "\u{FEFF}", "\u{0}", "2021年底前", "等", "、、、", String(repeating: "一、", count: 50)]
            for _ in 0..<(1 + r.below(40)) where !lines.isEmpty {
                let i = r.below(lines.count)
                lines[i] += noise[r.below(noise.count)]
            }
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    /// The pipeline as `check` runs it; the number of items, matches and findings is its work.
    static func run(_ bytes: [UInt8], reference: CheckReference) throws -> Int {
        let source = try Ingest.decode(bytes: bytes, name: "mutated.txt")
        let plan = PlanParser.parse(source)
        let alignment = Aligner().align(plan, to: reference.index)
        let result = DraftCheck.run(alignment, against: reference)
        return plan.items.count + alignment.items.flatMap(\.matches).count + result.findings.count
    }

    func testEveryMutatedPlanEndsInAResultOrAClearErrorWithBoundedWork() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        let reference = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: 2021)), lexicon: lexicon)
        var random = Random(state: 20_261_203)
        var cases: [(plan: Int, bytes: [UInt8])] = []
        let originals = try Fixtures.planNames.map { try Fixtures.bytes($0) }
        // Each case mutates the opening quarter to half of a plan (its title and first parts): the
        // same kinds of text at a quarter of the cost, so a few thousand cases fit in a test run.
        for round in 0..<400 {
            for (p, bytes) in originals.enumerated() {
                let kind = Mutation.allCases[(round + p) % Mutation.allCases.count]
                let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
                let keep = lines.count / 4 + random.below(lines.count / 4 + 1)
                let opening = Array(lines.prefix(keep).joined(separator: "\n").utf8)
                cases.append((p, Self.mutate(opening, kind, &random)))
            }
        }
        let mutated = cases
        let baseline = try originals.map { bytes -> (work: Int, time: Double) in
            let start = DispatchTime.now().uptimeNanoseconds
            let work = try Self.run(bytes, reference: reference)
            return (work, Double(DispatchTime.now().uptimeNanoseconds - start))
        }
        final class Tally: @unchecked Sendable {
            let lock = NSLock()
            var results = 0, errors = 0, worstRatio = 0.0, worstWork = 0.0
            var failures: [String] = []
        }
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: mutated.count) { k in
            let (p, bytes) = mutated[k]
            let start = DispatchTime.now().uptimeNanoseconds
            var outcome: String? = nil
            var work = 0
            do {
                work = try Self.run(bytes, reference: reference)
            } catch let error as InputError {
                if (error.errorDescription ?? "").isEmpty { outcome = "case \(k): an error with no message" }
                work = -1
            } catch {
                outcome = "case \(k): an error that is not an input error: \(error)"
            }
            let ratio = Double(DispatchTime.now().uptimeNanoseconds - start) / baseline[p].time
            tally.lock.lock()
            if work >= 0 { tally.results += 1 } else { tally.errors += 1 }
            tally.worstRatio = max(tally.worstRatio, ratio)
            tally.worstWork = max(tally.worstWork, Double(work) / Double(max(1, baseline[p].work)))
            if let outcome { tally.failures.append(outcome) }
            tally.lock.unlock()
        }
        print("mutated plans: \(cases.count) cases, \(tally.results) checked, \(tally.errors) refused with an input error; worst time \(String(format: "%.1f", tally.worstRatio))× and worst work \(String(format: "%.1f", tally.worstWork))× the plan it was made from")
        XCTAssertEqual(tally.failures, [])
        XCTAssertGreaterThan(tally.results, cases.count / 2)
        // Linear work: no mutated plan does many times the work of its original (items, matches and
        // findings), nor takes many times its time on the same machine in the same run.
        XCTAssertLessThan(tally.worstWork, 20)
        XCTAssertLessThan(tally.worstRatio, 50)
    }
}
