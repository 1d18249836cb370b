import Foundation
import XCTest

@testable import Compare

/// The main job's output folder is replaced all at once, keeps what the job did not write, and drops
/// what it no longer writes.
final class ReportFolderTests: XCTestCase {
    var tmp: URL!
    let fm = FileManager.default

    override func setUpWithError() throws {
        tmp = fm.temporaryDirectory.appendingPathComponent("report-folder-\(UUID().uuidString)")
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? fm.removeItem(at: tmp) }

    func contents(_ folder: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for name in try ReportFolder.fileNames(in: folder) {
            out[name] = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
        }
        return out
    }

    func testEveryFileIsWrittenWithTheListOfWhatTheJobWrote() throws {
        let out = tmp.appendingPathComponent("Reports")
        try ReportFolder.replace(out.path, with: [("README.md", "index"), ("check/a.md", "a"), ("plans/a.md", "pa")])
        let written = try contents(out)
        XCTAssertEqual(written["README.md"], "index")
        XCTAssertEqual(written["check/a.md"], "a")
        XCTAssertEqual(written[ReportFolder.manifest]?.split(separator: "\n").dropFirst().map(String.init), ["README.md", "check/a.md", "plans/a.md"])
        // Nothing is left beside it.
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: tmp.path), ["Reports"])
    }

    func testAPlanTakenOutLosesItsPagesAndANoteOfTheUsersIsKept() throws {
        let out = tmp.appendingPathComponent("Reports")
        try ReportFolder.replace(out.path, with: [("README.md", "1"), ("check/a.md", "a"), ("check/b.md", "b")])
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        try fm.createDirectory(at: out.appendingPathComponent("check/old"), withIntermediateDirectories: true)
        try Data("kept".utf8).write(to: out.appendingPathComponent("check/old/x.md"))
        try ReportFolder.replace(out.path, with: [("README.md", "2"), ("check/a.md", "a2")])
        let written = try contents(out)
        XCTAssertNil(written["check/b.md"], "the page of a plan no longer in the corpus is gone")
        XCTAssertEqual(written["notes.txt"], "mine")
        XCTAssertEqual(written["check/old/x.md"], "kept")
        XCTAssertEqual(written["README.md"], "2")
    }

    func testWithNoListFromAnEarlierRunTheJobsOwnNamesAreReplaced() throws {
        let out = tmp.appendingPathComponent("Reports")
        for (name, text) in [("README.md", "old"), ("check/gone.md", "old"), ("review/gone.md", "old"), ("compare-2019.csv", "old"), ("draft.md", "mine")] {
            try fm.createDirectory(at: out.appendingPathComponent(name).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: out.appendingPathComponent(name))
        }
        try ReportFolder.replace(out.path, with: [("README.md", "new")])
        XCTAssertEqual(Set(try contents(out).keys), ["README.md", "draft.md", ReportFolder.manifest])
    }

    func testAWriteFailingPartWayLeavesThePreviousFolderUntouched() throws {
        let out = tmp.appendingPathComponent("Reports")
        try ReportFolder.replace(out.path, with: [("README.md", "before"), ("check/a.md", "a")])
        let before = try contents(out)
        // "x.md/y.md" needs a folder where "x.md" was just written as a file: the second write fails.
        XCTAssertThrowsError(try ReportFolder.replace(out.path, with: [("README.md", "after"), ("x.md", "x"), ("x.md/y.md", "y")])) { error in
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            XCTAssertTrue(message.contains("x.md/y.md"), message)
        }
        XCTAssertEqual(try contents(out), before)
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: tmp.path), ["Reports"], "no staging folder is left behind")
    }

    /// The files are written on a thread of their own: a write that fails is the error of the next
    /// write, of `commit` or of `failure()`, whichever comes first, wherever it falls among a
    /// thousand; the writes given after it are not made, and nothing is left behind.
    func testAFailedWriteIsThrownLaterAndStopsTheWritesAfterIt() throws {
        let out = tmp.appendingPathComponent("Reports")
        try ReportFolder.replace(out.path, with: [("README.md", "before")])
        let before = try contents(out)
        for failing in [0, 1, 500, 999] {
            for ask in ["write", "commit", "failure"] {
                let staged = try ReportFolder.Staged(out.path)
                var thrown: Error?
                do {
                    for k in 0..<1_000 {
                        try staged.write("r\(k).md", "x")
                        // "r\(k).md/y.md" needs a folder where a file was just written.
                        if k == failing { try staged.write("r\(k).md/y.md", "y") }
                    }
                    switch ask {
                    case "commit": try staged.commit()
                    case "failure": if let error = staged.failure() { throw error }
                    default:
                        // A later write throws it once the writing thread has come to it.
                        for j in 0..<100_000 { try staged.write("last\(j).md", "z") }
                        try staged.commit()
                    }
                } catch { thrown = error }
                let message = (thrown as? LocalizedError)?.errorDescription ?? ""
                XCTAssertTrue(message.contains("r\(failing).md/y.md: cannot write"), "\(failing) \(ask): \(message)")
                XCTAssertEqual(try contents(out), before)
                XCTAssertEqual(try fm.contentsOfDirectory(atPath: tmp.path), ["Reports"], "no staging folder is left behind")
            }
        }
    }

    func testAFileWhereTheFolderShouldBeIsAnError() throws {
        let out = tmp.appendingPathComponent("Reports")
        try Data("a file".utf8).write(to: out)
        XCTAssertThrowsError(try ReportFolder.replace(out.path, with: [("README.md", "x")]))
        XCTAssertEqual(String(decoding: try Data(contentsOf: out), as: UTF8.self), "a file")
    }
}
