import Foundation

/// The step a presentation is on, shared through a small file so that the
/// audience screen and the presenter's notes screen (two processes) follow
/// each other: whichever moves writes the file atomically, both poll it.
public struct PresenterPosition: Sendable {
    /// The position file (`present-<trail>.json` in the state folder).
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public init(directory: StateDirectory, trail: String) {
        self.init(path: directory.path + "/present-" + trail + ".json")
    }

    /// The shared step, or nil when no presentation has written one (or it cannot be read).
    public func read() -> Int? {
        guard let data = FileManager.default.contents(atPath: path),
            let record = try? JSONDecoder().decode(Record.self, from: data)
        else { return nil }
        return record.step
    }

    /// Publishes `step` (0-based) to the other screen.
    public func write(_ step: Int) throws {
        try AtomicFile.write(try JSONEncoder().encode(Record(step: step)), to: path, creatingFolder: true)
    }

    private struct Record: Codable { let step: Int }
}
