#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path's kind and size by one `stat(2)`, and a text written by `open`/`write`/`close`.
///
/// Why not FileManager: `attributesOfItem` also names the file's owner and group, reading
/// /etc/nsswitch.conf, /etc/passwd and /etc/group for every file (two dozen system calls a plan
/// in a batch, for a size and a type), and `Data.write(to:)` syncs every report to disk before
/// the next, where the batch's folder is only swapped in whole at the end.
enum FileStatus: Equatable {
    case missing
    case folder
    case regular(size: Int)
    /// A pipe, a device, a socket (or, not following links, a link).
    case other(size: Int)

    /// `followingLinks: false` asks about a link itself, as `attributesOfItem` does.
    init(_ path: String, followingLinks: Bool = true) {
        var s = stat()
        guard (followingLinks ? stat(path, &s) : lstat(path, &s)) == 0 else {
            self = .missing
            return
        }
        switch s.st_mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFREG: self = .regular(size: Int(s.st_size))
        default: self = .other(size: Int(s.st_size))
        }
    }

    var size: Int? {
        switch self {
        case let .regular(size), let .other(size): return size
        case .missing, .folder: return nil
        }
    }

    /// Writes `bytes` to `path` (created, or emptied first), readable by all as the umask allows.
    /// Throws the system's reason. Bytes, as a batch's reports are built and as a staged text is
    /// held until its turn.
    static func write(bytes: [UInt8], to path: String) throws(SystemError) {
        let written = bytes.withUnsafeBufferPointer { b in Result { () throws(SystemError) in try write(b, to: path) } }
        try written.get()
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(SystemError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw SystemError(errno) }
        var failure: Int32 = 0
        var done = 0
        while done < bytes.count, let base = bytes.baseAddress {
            let n = systemWrite(fd, base + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            done += n
        }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw SystemError(failure) }
    }

    struct SystemError: Error {
        let reason: String
        init(_ code: Int32) { reason = String(cString: strerror(code)) }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
