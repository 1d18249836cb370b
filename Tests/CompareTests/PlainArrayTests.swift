@testable import Compare
import XCTest

/// The plain arrays are the standard library's arrays of the same values, at every size the stages
/// make (none, a few, past what the stack holds), for every element type they are made of.
final class PlainArrayTests: XCTestCase {
    let counts = [0, 1, 2, 63, 64, 1_000, 100_000]

    func testPlainIsRepeating() {
        for n in counts {
            XCTAssertEqual([Int32](plain: -1, count: n), [Int32](repeating: -1, count: n))
            XCTAssertEqual([Int](plain: 7, count: n), [Int](repeating: 7, count: n))
            XCTAssertEqual([Bool](plain: true, count: n), [Bool](repeating: true, count: n))
            XCTAssertEqual([Double](plain: 0.5, count: n), [Double](repeating: 0.5, count: n))
            XCTAssertEqual([UInt64](plain: .max, count: n), [UInt64](repeating: .max, count: n))
        }
    }

    /// Whatever count the filling returns, up to the capacity: the elements written, in order.
    func testPlainCapacityKeepsWhatWasWritten() {
        var random = SeededRandom(seed: 29)
        for capacity in counts {
            for written in Set([0, capacity / 2, capacity]) {
                let values = (0..<written).map { _ in UInt32(random.next(0x11_0000)) }
                let got = [UInt32](plainCapacity: capacity) { buffer in
                    XCTAssertEqual(buffer.count, capacity)
                    for (k, v) in values.enumerated() { buffer[k] = v }
                    return written
                }
                let standard = [UInt32](unsafeUninitializedCapacity: capacity) { buffer, count in
                    for (k, v) in values.enumerated() { buffer[k] = v }
                    count = written
                }
                XCTAssertEqual(got, standard, "\(written) of \(capacity)")
            }
        }
    }

    /// Filling gives `count` copies of the value whatever the array held before: more, fewer, as
    /// many (then in its own storage), or shared with another array (which keeps its elements).
    func testFillIsRepeating() {
        for before in counts {
            for n in counts {
                var a = [Double](repeating: 2.5, count: before)
                let other = a
                a.fill(0.25, count: n)
                XCTAssertEqual(a, [Double](repeating: 0.25, count: n))
                XCTAssertEqual(other, [Double](repeating: 2.5, count: before))
                var flags = [Bool](repeating: true, count: before)
                flags.fill(false, count: n)
                XCTAssertEqual(flags, [Bool](repeating: false, count: n))
            }
        }
    }
}

/// Lists laid end to end give back every list as it was, in order: none, empty lists among full
/// ones, one long list, and random shapes.
final class FlatListsTests: XCTestCase {
    func testEveryListComesBackAsItWas() {
        var random = SeededRandom(seed: 31)
        var shapes: [[[Int32]]] = [[], [[]], [[], [1], []], [Array(0..<5_000)]]
        for _ in 0..<50 {
            shapes.append((0..<random.next(40)).map { _ in (0..<random.next(6)).map { _ in Int32(random.next(1_000)) } })
        }
        for lists in shapes {
            let flat = FlatLists(lists)
            XCTAssertEqual(flat.count, lists.count)
            XCTAssertEqual(flat.elements, lists.flatMap { $0 })
            for (n, list) in lists.enumerated() {
                XCTAssertEqual(flat.list(n), list)
                XCTAssertEqual(flat.range(n).count, list.count)
            }
        }
    }
}
