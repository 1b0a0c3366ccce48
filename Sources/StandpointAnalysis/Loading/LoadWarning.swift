/// Something the loader skipped or repaired, reported to the user while the
/// rest of the corpus still loads.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file concerned.
    public let path: String
    /// What happened and, where there is something to do, what to do.
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// "path: message", the form printed on stderr.
    public var description: String { "\(path): \(message)" }
}
