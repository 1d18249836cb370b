import Compare
import Foundation

/// Standard error that cannot trap: `FileHandle.write(_:)` does on a closed or full stream, and when
/// standard error is gone there is nowhere left to say so.
func printStderr(_ text: String) {
    do { try FileHandle.standardError.write(contentsOf: Data(text.utf8)) } catch {}
}

/// Standard output that says when it fails: `print` loses the text on a full disk or a closed
/// stream, and the command would exit 0 with nothing written.
struct OutputError: BilingualError {
    let reason: String
    func message(_ language: ReportLanguage) -> String {
        language == .zh ? "无法写入标准输出（\(reason)）：请确认磁盘未满、读取输出的程序仍在运行，然后重新运行"
            : "could not write to standard output (\(reason)): check that the disk is not full and that whatever reads the output is still open, then run again"
    }
}

func emit(_ text: String, terminator: String = "\n") throws {
    do { try FileHandle.standardOutput.write(contentsOf: Data((text + terminator).utf8)) } catch {
        // The system's own words (No space left on device, Bad file descriptor) where it gave them.
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            throw OutputError(reason: String(cString: strerror(Int32(posix.code))))
        }
        throw OutputError(reason: ns.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32(ns.code))) : error.localizedDescription)
    }
}

func describe(_ error: Error) -> String {
    (error as? LocalizedError)?.errorDescription ?? "\(error)"
}
