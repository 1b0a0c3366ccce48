/// A problem that stops the whole run: nothing useful can be loaded.
public enum LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A path given on the command line does not exist.
    case pathNotFound(String)
    /// A path exists but is neither a regular file nor a directory.
    case notFileOrDirectory(String)
    /// None of the given paths held a document that could be read.
    case noDocuments([String])

    public var description: String {
        switch self {
        case .pathNotFound(let path):
            return "\(path): no such file or directory; check the path, or run without a path to use the bundled sample corpus"
        case .notFileOrDirectory(let path):
            return "\(path): not a regular file or a directory; give a folder of .txt or .md documents"
        case .noDocuments(let paths):
            return "\(paths.joined(separator: ", ")): no readable documents (.txt, .md) found; see the warnings above"
        }
    }
}
