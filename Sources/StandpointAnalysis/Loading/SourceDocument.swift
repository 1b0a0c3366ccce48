/// A file's text as loaded, before segmentation and extraction.
public struct SourceDocument: Sendable, Hashable {
    /// Stable id: the path relative to the corpus root, without extension.
    public let id: String
    /// The path of the file as found (relative to the working directory when given so).
    public let path: String
    /// A short human title (first heading or first non-empty line).
    public let title: String
    /// The extracted plain text, UTF-8, with `\n` line ends.
    public let text: String

    public init(id: String, path: String, title: String, text: String) {
        self.id = id
        self.path = path
        self.title = title
        self.text = text
    }
}
