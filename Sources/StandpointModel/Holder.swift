/// Who holds a position: the entity it is attributed to, and the person who
/// voiced it when the text names one.
///
/// `name` is the normalised entity ("China", "NATO", "United States"), so that
/// "Beijing", "Zhang Jun" and "the Chinese Foreign Ministry" group together;
/// `speaker` keeps the named person ("Zhang Jun") visible.
public struct Holder: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The normalised entity the position belongs to.
    public let name: String
    /// The person or office that voiced it, when different from `name`.
    public let speaker: String?

    public init(name: String, speaker: String? = nil) {
        self.name = name
        self.speaker = (speaker == name) ? nil : speaker
    }

    /// "Zhang Jun (China)", or just "China" when no speaker is named.
    public var description: String {
        if let speaker { return "\(speaker) (\(name))" }
        return name
    }
}
