import Foundation

/// The peer a user would script instead: `difflib-peer.py`, run by python3 from PATH on the same
/// plans, its own timing read back (the interpreter's start is not counted against it).
enum DifflibPeer {
    struct Figures {
        var plans: Int
        var seconds: Double
        var perSecond: Double
    }

    static func run(paths: [String], limit: Int) -> Figures? {
        let script = "Benchmarks/difflib-peer.py"
        guard FileManager.default.fileExists(atPath: script) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "Corpus/taxonomy", String(limit)] + paths.prefix(limit * 2)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
        guard fields.count >= 3, let plans = Int(fields[0]), let seconds = Double(fields[1]), let rate = Double(fields[2]), plans > 0 else { return nil }
        return Figures(plans: plans, seconds: seconds, perSecond: rate)
    }
}
