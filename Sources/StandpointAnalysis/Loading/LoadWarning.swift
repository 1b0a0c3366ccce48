/// Something the loader skipped or repaired, reported to the user while the
/// rest of the corpus still loads.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file concerned, exactly as found (it may hold control characters).
    public let path: String
    /// What happened and, where there is something to do, what to do.
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// "path: message" on one printable line, the form printed on stderr:
    /// control characters in the path (and message) are shown as escapes.
    public var description: String { "\(PrintableText.escaping(path)): \(PrintableText.escaping(message))" }
}
