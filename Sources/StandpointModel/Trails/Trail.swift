/// A presenter's path through the arguments: an ordered list of steps, each
/// a point (or sentence) with a note for the presenter.
public struct Trail: Hashable, Sendable, Codable {
    /// The file format this build reads and writes.
    public static let currentVersion = 1

    /// Format version of the stored file.
    public var version: Int
    /// The trail's name; also its file name (`trails/NAME.json`).
    public var name: String
    /// The steps, in presentation order.
    public var steps: [TrailStep]

    public init(name: String, steps: [TrailStep] = []) {
        self.version = Self.currentVersion
        self.name = name
        self.steps = steps
    }

    /// Whether `name` can name a trail file: not empty, no `/`, no leading
    /// dot, at most 100 characters, no control characters.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 100 && !name.hasPrefix(".") && !name.contains("/")
            && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Adds a step at the end.
    public mutating func append(_ step: TrailStep) {
        steps.append(step)
    }

    /// Removes the step at `index`, if there is one.
    public mutating func remove(at index: Int) {
        guard steps.indices.contains(index) else { return }
        steps.remove(at: index)
    }

    /// Moves the step at `index` by `offset` places (−1 earlier, +1 later),
    /// clamped to the trail; returns its new index.
    @discardableResult
    public mutating func move(at index: Int, by offset: Int) -> Int {
        guard steps.indices.contains(index) else { return index }
        let target = max(0, min(steps.count - 1, index + offset))
        let step = steps.remove(at: index)
        steps.insert(step, at: target)
        return target
    }
}

/// One step of a trail: where it points and what the presenter wants to say.
public struct TrailStep: Hashable, Sendable, Codable {
    /// The point or sentence the step shows.
    public var anchor: PointAnchor
    /// The presenter's note (may be empty).
    public var note: String

    public init(anchor: PointAnchor, note: String = "") {
        self.anchor = anchor
        self.note = note
    }

    enum CodingKeys: String, CodingKey { case point, note }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        anchor = try container.decode(PointAnchor.self, forKey: .point)
        note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(anchor, forKey: .point)
        try container.encode(note, forKey: .note)
    }
}
