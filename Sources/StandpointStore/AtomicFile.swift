import Foundation

/// Writes files so that a crash at any instant leaves either the old or the
/// new content, never a torn file: write a temporary file beside the target,
/// fsync it, rename it over the target, then fsync the folder.
public enum AtomicFile {
    /// An atomic write that failed, naming the file and the system's reason.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The file that was being written.
        public let path: String
        /// The system's reason.
        public let reason: String

        public var description: String { "\(path): cannot save (\(reason)); your change is kept in memory, free some space or fix permissions and it will be saved with the next change" }
    }

    /// Removes temporary files that writers of `path` left behind when they
    /// were killed mid-write (their process is gone); live writers' files stay.
    public static func removeStaleTemporaries(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let prefix = "." + (path as NSString).lastPathComponent + "."
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let fields = entry.dropFirst(prefix.count).split(separator: ".")
            guard let pid = fields.first.flatMap({ pid_t($0) }), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink((directory.isEmpty ? "." : directory) + "/" + entry)
        }
    }

    /// Replaces the file at `path` with `data`, atomically and durably;
    /// `creatingFolder` first creates the folder it goes in when missing.
    public static func write(_ data: Data, to path: String, creatingFolder: Bool = false) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if creatingFolder && !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw WriteError(path: path, reason: "cannot create the folder \(directory)")
            }
        }
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        let directoryFD = open(directory.isEmpty ? "." : directory, O_RDONLY)
        if directoryFD >= 0 {
            fsync(directoryFD)
            close(directoryFD)
        }
    }
}
