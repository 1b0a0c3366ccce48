/// A problem that stops the whole run: nothing useful can be loaded.
public enum LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A path given on the command line does not exist (and no other path does).
    case pathNotFound(String)
    /// A path exists but is neither a regular file nor a directory.
    case notFileOrDirectory(String)
    /// None of the given paths held a document that could be read; the
    /// warnings say why each file was passed over.
    case noDocuments([String], warnings: [LoadWarning] = [])

    public var description: String {
        switch self {
        case .pathNotFound(let path):
            return "\(PrintableText.escaping(path)): no such file or directory; check the path, or run without a path to use the bundled sample corpus"
        case .notFileOrDirectory(let path):
            return "\(PrintableText.escaping(path)): not a regular file or a directory; give a folder of documents (\(DocumentFormat.supportedList))"
        case .noDocuments(let paths, let warnings):
            let shown = paths.map(PrintableText.escaping).joined(separator: ", ")
            let why = warnings.isEmpty ? "" : "; see the warnings above"
            return "\(shown): no readable documents (\(DocumentFormat.supportedList)) found\(why)"
        }
    }
}
