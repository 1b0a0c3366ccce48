import Foundation

/// Finds the documents under the paths a user gives and reads them into text.
///
/// Discovery and reading are separate so that the analyser can read and
/// analyse files in parallel, and so that a file that fails to read costs a
/// warning, never the run.
public struct CorpusLoader: Sendable {
    /// A file found by discovery, with the id it will have in the corpus.
    public struct SourceFile: Sendable, Hashable {
        /// Path of the file.
        public let path: String
        /// Corpus id: path relative to the root it was found under, without extension.
        public let id: String
        /// Lower-cased extension without the dot ("txt", "md").
        public let fileExtension: String
    }

    /// Extensions read as documents; anything else is skipped with a note.
    public static let supportedExtensions: Set<String> = ["txt", "md", "markdown"]

    public init() {}

    /// Every document under `paths` (files are taken as given, folders are walked
    /// recursively), sorted by id, and a warning for each file passed over.
    ///
    /// - Throws: `LoadError` when a path does not exist or is not a file or folder.
    public func discover(_ paths: [String]) throws -> (files: [SourceFile], warnings: [LoadWarning]) {
        let fileManager = FileManager.default
        var files: [SourceFile] = []
        var warnings: [LoadWarning] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoadError.pathNotFound(path)
            }
            if isDirectory.boolValue {
                walk(root: path, into: &files, warnings: &warnings)
            } else {
                let name = (path as NSString).lastPathComponent
                let ext = (name as NSString).pathExtension.lowercased()
                guard Self.supportedExtensions.contains(ext) else {
                    warnings.append(LoadWarning(path: path, message: "skipped: .\(ext) is not a supported format (.txt, .md)"))
                    continue
                }
                files.append(SourceFile(path: path, id: (name as NSString).deletingPathExtension, fileExtension: ext))
            }
        }
        var seen = Set<String>()
        files = files.filter { seen.insert($0.path).inserted }
        files.sort { ($0.id, $0.path) < ($1.id, $1.path) }
        return (files, warnings)
    }

    private func walk(root: String, into files: inout [SourceFile], warnings: inout [LoadWarning]) {
        let fileManager = FileManager.default
        let rootURL = URL(fileURLWithPath: root)
        guard let enumerator = fileManager.enumerator(
            at: rootURL, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
            options: [.skipsHiddenFiles],
            errorHandler: { url, error in
                _ = url
                _ = error
                return true
            })
        else {
            warnings.append(LoadWarning(path: root, message: "cannot list this folder; check its permissions"))
            return
        }
        let prefix = rootURL.standardizedFileURL.path
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true { continue }
            let ext = url.pathExtension.lowercased()
            let standardized = url.standardizedFileURL.path
            var relative = standardized.hasPrefix(prefix) ? String(standardized.dropFirst(prefix.count)) : url.lastPathComponent
            while relative.hasPrefix("/") { relative.removeFirst() }
            let display = (root as NSString).appendingPathComponent(relative)
            guard values?.isRegularFile == true else {
                warnings.append(LoadWarning(path: display, message: "skipped: not a regular file"))
                continue
            }
            guard Self.supportedExtensions.contains(ext) else {
                warnings.append(LoadWarning(path: display, message: "skipped: .\(ext.isEmpty ? "(none)" : ext) is not a supported format (.txt, .md)"))
                continue
            }
            files.append(SourceFile(path: display, id: (relative as NSString).deletingPathExtension, fileExtension: ext))
        }
    }

    /// Reads one discovered file into text: UTF-8 with invalid bytes replaced,
    /// CRLF and CR normalised to LF; the title is the first heading or line.
    ///
    /// Returns the document (nil when nothing could be read) and any warnings.
    public func load(_ file: SourceFile) -> (document: SourceDocument?, warnings: [LoadWarning]) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file.path))
        } catch {
            return (nil, [LoadWarning(path: file.path, message: "skipped: cannot read (\(Self.reason(error))); check its permissions")])
        }
        var warnings: [LoadWarning] = []
        var text: String
        if let decoded = String(validatingUTF8Data: data) {
            text = decoded
        } else {
            text = String(decoding: data, as: UTF8.self)
            warnings.append(LoadWarning(path: file.path, message: "repaired: invalid UTF-8 bytes replaced with U+FFFD"))
        }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let title = Self.title(of: text, fallback: (file.path as NSString).lastPathComponent)
        return (SourceDocument(id: file.id, path: file.path, title: title, text: text), warnings)
    }

    /// The first non-empty line, without Markdown heading marks, trimmed.
    static func title(of text: String, fallback: String) -> String {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(50) {
            var trimmed = line.trimmingCharacters(in: .whitespaces)
            while trimmed.hasPrefix("#") { trimmed.removeFirst() }
            trimmed = trimmed.trimmingCharacters(in: .whitespaces)
            if trimmed.count >= 2 { return String(trimmed.prefix(200)) }
        }
        return fallback
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let posix = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}

extension String {
    /// The data as UTF-8 when every byte sequence is valid, else nil.
    init?(validatingUTF8Data data: Data) {
        guard let string = String(data: data, encoding: .utf8) else { return nil }
        self = string
    }
}
