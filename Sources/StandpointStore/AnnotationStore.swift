import Foundation
import StandpointModel

/// Loads and saves the researcher's annotations (`annotations.json`).
///
/// Every save is an atomic replace (`AtomicFile`), so a crash or `kill -9`
/// leaves the old or the new file. A file that cannot be read as annotations
/// (corrupt, or written by a newer Standpoint) is never overwritten: it is
/// moved aside to `annotations.json.corrupt-<time>` or
/// `annotations.json.newer-<time>` and the user is told where.
public struct AnnotationStore: Sendable {
    /// The annotations file.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public init(directory: StateDirectory) {
        self.init(path: directory.annotationsPath)
    }

    /// What loading found.
    public struct Loaded: Sendable {
        /// The annotations (empty when there was no usable file).
        public let annotations: Annotations
        /// A one-line message for the user when the file could not be used.
        public let problem: String?
        /// Where an unusable file was moved, if it was.
        public let keptAside: String?
    }

    /// A file that could not be read and could not be moved aside either;
    /// saving must not go ahead, or the file would be lost.
    public struct Blocked: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Reads the annotations; a missing file gives empty annotations.
    ///
    /// - Throws: `Blocked` when the file is unusable and cannot be moved aside.
    public func load(now: Date = Date()) throws -> Loaded {
        AtomicFile.removeStaleTemporaries(of: path)
        guard FileManager.default.fileExists(atPath: path) else {
            return Loaded(annotations: Annotations(), problem: nil, keptAside: nil)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Blocked(description: "\(path): cannot be read; check its permissions (your annotations were not changed)")
        }
        let decoder = JSONDecoder()
        let version = (try? decoder.decode(VersionProbe.self, from: data))?.version
        if let version, version > Annotations.currentVersion {
            let aside = try moveAside("newer", now: now)
            return Loaded(
                annotations: Annotations(),
                problem: "\(path) was written by a newer Standpoint (format \(version), this one reads \(Annotations.currentVersion)); it is kept unchanged as \(aside); upgrade Standpoint to use it",
                keptAside: aside)
        }
        do {
            var annotations = try decoder.decode(Annotations.self, from: data)
            annotations.version = Annotations.currentVersion
            return Loaded(annotations: annotations, problem: nil, keptAside: nil)
        } catch {
            let aside = try moveAside("corrupt", now: now)
            return Loaded(
                annotations: Annotations(),
                problem: "\(path) is not valid annotations (\(Self.reason(error))); it is kept unchanged as \(aside) and a new file is started",
                keptAside: aside)
        }
    }

    /// Writes `annotations` at once, atomically.
    public func save(_ annotations: Annotations) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(annotations)
        data.append(0x0A)
        try AtomicFile.write(data, to: path, creatingFolder: true)
    }

    /// Renames the file to `<path>.<label>-<UTC time>` (with a counter if taken).
    private func moveAside(_ label: String, now: Date) throws -> String {
        let stamp = Self.timestamp(now)
        var aside = "\(path).\(label)-\(stamp)"
        var n = 1
        while FileManager.default.fileExists(atPath: aside) {
            n += 1
            aside = "\(path).\(label)-\(stamp)-\(n)"
        }
        guard rename(path, aside) == 0 else {
            throw Blocked(description: "\(path): unusable and cannot be moved aside (\(String(cString: strerror(errno)))); move it away yourself, nothing will be saved until then")
        }
        return aside
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): context.debugDescription
        case DecodingError.keyNotFound(let key, _): "missing \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "bad value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "\(error)"
        }
    }

    private struct VersionProbe: Decodable { let version: Int }
}
