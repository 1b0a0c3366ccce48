import Foundation
import StandpointModel

/// Reads and writes trails as readable JSON files, one per trail
/// (`trails/NAME.json` in the state folder), each save atomic.
public struct TrailStore: Sendable {
    /// The folder holding the trail files.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public init(directory: StateDirectory) {
        self.init(folder: directory.trailsPath)
    }

    /// A trail file that cannot be used, naming it and what to do.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The file of the trail named `name`.
    public func path(of name: String) -> String { folder + "/" + name + ".json" }

    /// The names of the saved trails, sorted.
    public func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads the trail named `name`, or nil when there is none.
    public func load(named name: String) throws -> Trail? {
        let file = path(of: name)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        return try Self.load(file: file)
    }

    /// Saves `trail` as `trails/<name>.json`.
    public func save(_ trail: Trail) throws {
        guard Trail.isValidName(trail.name) else {
            throw Problem(description: "'\(trail.name)' cannot name a trail file; use letters, digits, spaces or dashes")
        }
        try AtomicFile.write(Self.encode(trail), to: path(of: trail.name), creatingFolder: true)
    }

    /// Removes the file of the trail named `name` (after a rename).
    public func delete(named name: String) {
        unlink(path(of: name))
    }

    /// Loads a trail from any file.
    public static func load(file: String) throws -> Trail {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Problem(description: "\(file): no such trail file or it cannot be read")
        }
        let version = (try? JSONDecoder().decode(VersionProbe.self, from: data))?.version ?? 0
        guard version <= Trail.currentVersion else {
            throw Problem(description: "\(file): written by a newer Standpoint (format \(version)); upgrade Standpoint to present it")
        }
        do {
            return try JSONDecoder().decode(Trail.self, from: data)
        } catch {
            throw Problem(description: "\(file): not a valid trail (\(AnnotationStore.reason(error))); fix or remove the file")
        }
    }

    /// The trail as readable JSON with a final newline.
    public static func encode(_ trail: Trail) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(trail)
        data.append(0x0A)
        return data
    }

    private struct VersionProbe: Decodable { let version: Int }
}
