import Foundation
import XCTest
@testable import Compare

/// `FileStatus` answers as FileManager did where the batch asked it (kind and size, following a
/// link or not), and its writes leave what `Data.write` left.
final class FileStatusTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-status-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    func testEveryKindOfPathIsToldAsFileManagerTellsIt() throws {
        let file = folder + "/plan.txt", link = folder + "/link.txt", fifo = folder + "/pipe"
        try Data(repeating: 0x41, count: 1234).write(to: URL(fileURLWithPath: file))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertEqual(FileStatus(file), .regular(size: 1234))
        XCTAssertEqual(FileStatus(folder), .folder)
        XCTAssertEqual(FileStatus(folder + "/none"), .missing)
        XCTAssertEqual(FileStatus(link), .regular(size: 1234), "a link is followed to its file")
        XCTAssertEqual(FileStatus(fifo).size, 0)
        XCTAssertNotEqual(FileStatus(fifo), .regular(size: 0))
        for path in [file, link, fifo, folder, folder + "/none"] {
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            // Following links, as fileExists does; not following, as attributesOfItem does.
            XCTAssertEqual(FileStatus(path) == .missing, !exists, path)
            XCTAssertEqual(FileStatus(path) == .folder, exists && isFolder.boolValue, path)
            if case .regular = FileStatus(path, followingLinks: false) { XCTAssertEqual(type, .typeRegular, path) } else { XCTAssertNotEqual(type, .typeRegular, path) }
            XCTAssertEqual(BatchCheck.isRereadable(path), type == .typeRegular, path)
        }
    }

    func testAWriteCreatesOrEmptiesTheFileAndSaysWhyItCannot() throws {
        let path = folder + "/report.md"
        try FileStatus.write(bytes: Array("第一份报告，较长的一份。".utf8), to: path)
        try FileStatus.write(bytes: Array("短".utf8), to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "短")
        try FileStatus.write(bytes: Array("".utf8), to: path)
        XCTAssertEqual(FileStatus(path), .regular(size: 0))
        let long = String(repeating: "各地区各部门要按时报送。", count: 20_000)
        try FileStatus.write(bytes: Array(long.utf8), to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), long)
        XCTAssertThrowsError(try FileStatus.write(bytes: Array("x".utf8), to: folder + "/no-such-folder/report.md")) { error in
            XCTAssertEqual((error as? FileStatus.SystemError)?.reason, "No such file or directory")
        }
        XCTAssertThrowsError(try FileStatus.write(bytes: Array("x".utf8), to: folder)) { error in
            XCTAssertEqual((error as? FileStatus.SystemError)?.reason, "Is a directory")
        }
    }

    /// The size limit reads the size of the file a link names (FileManager gave the link's own).
    func testALinkToAFileOverTheLimitIsRefused() throws {
        let file = folder + "/big.txt", link = folder + "/small-looking.txt"
        try Data(repeating: 0x41, count: 200_000).write(to: URL(fileURLWithPath: file))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        setenv("COMPARE_TOOL_MAX_MB", "0.1", 1)
        defer { unsetenv("COMPARE_TOOL_MAX_MB") }
        for path in [file, link] {
            XCTAssertThrowsError(try Ingest.read(path: path)) { error in
                guard case .tooLarge(_, let bytes, _)? = error as? InputError else { return XCTFail("\(error)") }
                XCTAssertEqual(bytes, 200_000)
            }
        }
    }
}
