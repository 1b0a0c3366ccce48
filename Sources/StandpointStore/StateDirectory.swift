import Foundation

/// The folder that holds the researcher's files for one corpus
/// (annotations.json, trails/, presenter position).
///
/// By default it is `.standpoint/` inside the corpus folder, so the work
/// travels with the documents. When that folder cannot be written (a
/// read-only share, a CD, a folder owned by someone else) it falls back to
/// `$XDG_DATA_HOME/standpoint/<corpus-key>/` (default `~/.local/share`), and
/// `notice` says so. `--state-dir DIR` overrides both.
public struct StateDirectory: Hashable, Sendable {
    /// The folder, known to be writable; created by the first save.
    public let path: String
    /// A one-line message for the user when the folder is not the usual one.
    public let notice: String?

    public init(path: String, notice: String? = nil) {
        self.path = path
        self.notice = notice
    }

    /// A state folder that cannot be used, naming the folder and what to do.
    public struct Unavailable: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Where `annotations.json` lives.
    public var annotationsPath: String { path + "/annotations.json" }
    /// Where trail files live.
    public var trailsPath: String { path + "/trails" }

    /// Picks the state folder for a corpus read from `corpusPaths`.
    ///
    /// - Parameters:
    ///   - explicit: the `--state-dir` option, used as given when present.
    ///   - environment: for `XDG_DATA_HOME` and `HOME`.
    ///   - prepare: whether a folder can be created (when missing) and
    ///     written; nothing is created. Tests pass their own to simulate a
    ///     read-only corpus.
    public static func resolve(
        corpusPaths: [String], explicit: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        prepare: (String) -> Bool = StateDirectory.canCreateAndWrite
    ) throws -> StateDirectory {
        if let explicit {
            guard prepare(explicit) else {
                throw Unavailable(description: "\(explicit): cannot create or write the state folder given with --state-dir; choose a writable folder")
            }
            return StateDirectory(path: explicit)
        }
        let root = corpusRoot(of: corpusPaths)
        let local = root + "/.standpoint"
        if prepare(local) { return StateDirectory(path: local) }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        let fallback = base + "/standpoint/" + corpusKey(root)
        guard prepare(fallback) else {
            throw Unavailable(description: "\(local) and \(fallback): cannot create or write either; give a writable folder with --state-dir DIR")
        }
        return StateDirectory(
            path: fallback,
            notice: "\(root) is read-only; your annotations and trails are kept in \(fallback)")
    }

    /// The state folder of a corpus if one already exists, without creating
    /// anything: for commands that only read (export).
    public static func existing(
        corpusPaths: [String], explicit: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> StateDirectory? {
        var found: StateDirectory?
        _ = try? resolve(corpusPaths: corpusPaths, explicit: explicit, environment: environment) { folder in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
            else { return false }
            found = StateDirectory(path: folder)
            return true
        }
        return found
    }

    /// The corpus folder: the first path if it is a folder, else its parent, made absolute.
    public static func corpusRoot(of paths: [String]) -> String {
        let first = paths.first ?? "."
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
        let folder = (exists && isDirectory.boolValue) ? first : (first as NSString).deletingLastPathComponent
        let absolute = URL(fileURLWithPath: folder.isEmpty ? "." : folder).standardizedFileURL.path
        return absolute.count > 1 && absolute.hasSuffix("/") ? String(absolute.dropLast()) : absolute
    }

    /// A folder name unique to `root` and readable: its last component and a
    /// stable hash (FNV-1a) of the whole path.
    public static func corpusKey(_ root: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in root.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let name = (root as NSString).lastPathComponent.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }
        let hex = String(hash, radix: 16)
        return String(name.prefix(40)) + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `folder` is, or could be made, a writable folder: a probe file
    /// is written and removed in it, or in its nearest existing ancestor when
    /// it does not exist yet. Nothing is left behind.
    public static func canCreateAndWrite(_ folder: String) -> Bool {
        var candidate = folder
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) {
            let parent = (candidate as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != candidate else { return false }
            candidate = parent
        }
        guard isDirectory.boolValue else { return false }
        let probe = candidate + "/.standpoint-probe-\(getpid())"
        let fd = open(probe, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return false }
        close(fd)
        unlink(probe)
        return true
    }
}
