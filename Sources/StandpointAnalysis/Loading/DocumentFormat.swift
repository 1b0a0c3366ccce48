/// The kinds of file the loader reads, chosen by file extension.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    /// `.txt`, `.text`: the text as it is.
    case plainText
    /// `.md`, `.markdown`: Markdown syntax removed.
    case markdown
    /// `.html`, `.htm`, `.xhtml`: visible text only.
    case html
    /// `.pdf`: text through `pdftotext` (poppler-utils).
    case pdf

    /// The format of a lower-cased extension without the dot, or nil when it is not read.
    public init?(fileExtension: String) {
        switch fileExtension {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// The extensions named in messages: ".txt, .md, .html, .htm, .pdf".
    public static let supportedList = ".txt, .md, .html, .htm, .pdf"
}
