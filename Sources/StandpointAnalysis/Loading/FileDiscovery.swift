import Foundation

/// Walks the paths a user gives and lists the documents under them.
///
/// Folders are walked without recursion (an explicit stack), following
/// symbolic links, with every folder's device and inode remembered so that a
/// link loop or a second route to the same folder is reported once and not
/// walked again. Hidden entries (names starting with ".") are passed over
/// silently: they hold state such as `.standpoint/`, not documents.
struct FileDiscovery {
    private(set) var files: [CorpusLoader.SourceFile] = []
    private(set) var warnings: [LoadWarning] = []
    private var visitedFolders = Set<FolderIdentity>()
    /// Whether `files` may hold a path twice: only files of two paths given
    /// by the user can (one walk reaches each path once).
    private var mayRepeatPaths = false

    private struct FolderIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// Adds everything under one path given by the user.
    ///
    /// - Returns: false when the path does not exist.
    mutating func add(_ path: String) -> Bool {
        if !files.isEmpty { mayRepeatPaths = true }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                var linkInfo = stat()
                if lstat(path, &linkInfo) == 0 {
                    warnings.append(LoadWarning(path: path, message: "skipped: broken symbolic link"))
                    return true
                }
                return false
            }
            warnings.append(LoadWarning(path: path, message: FileReading.failure(errno: code).message))
            return true
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            walk(root: path, info: info)
        case S_IFREG:
            let name = (path as NSString).lastPathComponent
            addFile(path: path, id: (name as NSString).deletingPathExtension)
        default:
            warnings.append(LoadWarning(path: path, message: FileReading.Failure.notRegularFile(FileReading.kind(of: info.st_mode)).message))
        }
        return true
    }

    /// Files sorted by id (then path), each path once.
    ///
    /// The paths are made unique only when two paths given by the user
    /// found files (callgrind, 1,000 documents: a set of the paths made
    /// this 2.1 M instructions rather than 0.2 M).
    var sortedFiles: [CorpusLoader.SourceFile] {
        var unique = files
        if mayRepeatPaths {
            var seen = Set<String>()
            unique = files.filter { seen.insert($0.path).inserted }
        }
        return unique.sorted { ($0.id, $0.path) < ($1.id, $1.path) }
    }

    /// The extension of a plain file name, "name.ext": ASCII letters and
    /// digits after its only dot, which is neither its first nor its last
    /// character; nil for any other name, which `NSString`'s path rules
    /// then decide. Asking `NSString` for the extension and the id of every
    /// file cost some 32,000 instructions a file, in the one serial step
    /// of loading (callgrind, 1,000 documents: discovery 38 M instructions).
    ///
    /// (Read in the name's buffer: finding the dot and testing the bytes
    /// on the `UTF8View` cost some 730 instructions a name.)
    static func plainExtension(of name: String) -> Substring? {
        var name = name
        let dot: Int? = name.withUTF8 { bytes in
            guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot != 0, dot + 1 < bytes.count else { return nil }
            for byte in bytes[(dot + 1)...] where !(((byte | 0x20) &- 0x61) < 26 || byte &- 0x30 < 10) { return nil }
            return dot
        }
        guard let dot else { return nil }
        return name[name.utf8.index(name.utf8.startIndex, offsetBy: dot + 1)...]
    }

    private mutating func addFile(path: String, id: String) {
        addFile(path: path, id: id, extension: (path as NSString).pathExtension)
    }

    private mutating func addFile(path: String, id: String, extension: String) {
        let ext = `extension`.lowercased()
        guard DocumentFormat(fileExtension: ext) != nil else {
            let shown = ext.isEmpty ? "a file without extension" : ".\(ext)"
            warnings.append(LoadWarning(path: path, message: "skipped: \(shown) is not a supported format (\(DocumentFormat.supportedList))"))
            return
        }
        files.append(CorpusLoader.SourceFile(path: path, id: id, fileExtension: ext))
    }

    private mutating func walk(root: String, info rootInfo: stat) {
        visitedFolders.insert(FolderIdentity(device: UInt64(rootInfo.st_dev), inode: UInt64(rootInfo.st_ino)))
        var pending: [(path: String, relative: String)] = [(root, "")]
        while let (folder, relativeFolder) = pending.popLast() {
            guard let (entries, undecodableNames) = Self.entries(of: folder) else {
                warnings.append(LoadWarning(path: folder, message: "skipped: cannot list this folder; check its permissions"))
                continue
            }
            // A folder that can be listed but not searched lets `stat` fail
            // for every entry, with a warning each: there every entry is
            // asked, as for an entry of unknown kind.
            let trustsEntryKinds = access(folder, X_OK) == 0
            // (What `NSString.appendingPathComponent` makes of a folder that
            // is never empty: one "/" between, none added after a "/".)
            let prefix = folder.utf8.last == UInt8(ascii: "/") ? folder : folder + "/"
            for name in undecodableNames {
                warnings.append(LoadWarning(path: prefix + name, message: "skipped: the file name is not valid UTF-8; rename it to read it"))
            }
            var subfolders: [(path: String, relative: String)] = []
            for entry in entries {
                let name = entry.name
                let path = prefix + name
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                if entry.isRegularFile && trustsEntryKinds {
                    addFile(path: path, relative: relative, name: name)
                    continue
                }
                var info = stat()
                guard path.withCString({ stat($0, &info) }) == 0 else {
                    let code = errno
                    var linkInfo = stat()
                    if code == ELOOP {
                        warnings.append(LoadWarning(path: path, message: "skipped: symbolic link loop"))
                    } else if code == ENOENT && lstat(path, &linkInfo) == 0 {
                        warnings.append(LoadWarning(path: path, message: "skipped: broken symbolic link"))
                    } else if code != ENOENT {
                        warnings.append(LoadWarning(path: path, message: FileReading.failure(errno: code).message))
                    }
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    let identity = FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                    guard visitedFolders.insert(identity).inserted else {
                        warnings.append(LoadWarning(path: path, message: "skipped: symbolic link to a folder already read (a link loop or a second route)"))
                        continue
                    }
                    subfolders.append((path, relative))
                case S_IFREG:
                    addFile(path: path, relative: relative, name: name)
                default:
                    warnings.append(LoadWarning(path: path, message: FileReading.Failure.notRegularFile(FileReading.kind(of: info.st_mode)).message))
                }
            }
            pending.append(contentsOf: subfolders.reversed())
        }
    }

    /// Adds the regular file `name` at `path`, `relative` to its root.
    private mutating func addFile(path: String, relative: String, name: String) {
        if let ext = Self.plainExtension(of: name) {
            addFile(path: path, id: String(relative.utf8.dropLast(ext.utf8.count + 1))!, extension: String(ext))
        } else {
            addFile(path: path, id: (relative as NSString).deletingPathExtension)
        }
    }

    /// The entries of `folder` but the hidden ones, by name in `String`
    /// order, each with whether the folder's listing calls it a regular
    /// file, and apart from them the names that are not UTF-8 (shown with
    /// U+FFFD for the bytes that are not: such a path cannot be opened
    /// again from its `String`); nil when the folder cannot be listed.
    ///
    /// Read with `readdir`, whose entry kind spares a `stat` for each
    /// regular file (a link, a folder or an unknown kind is still asked),
    /// rather than `FileManager.contentsOfDirectory`, which gives the names
    /// alone (callgrind, 1,000 documents, with the paths joined without
    /// `NSString`: discovery 8.8 -> 4.6 M instructions, and 1,000 `stat`
    /// calls fewer).
    private static func entries(of folder: String) -> (entries: [(name: String, isRegularFile: Bool)], undecodableNames: [String])? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var entries: [(name: String, isRegularFile: Bool)] = []
        var undecodableNames: [String] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(stream) {
            let cName = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
            if cName[0] == CChar(UInt8(ascii: ".")) {
                // "." and "..", and the hidden entries (a name whose first
                // character is "." alone, as `hasPrefix` reads it)
                let name = String(cString: cName)
                if !name.hasPrefix(".") { entries.append((name, entry.pointee.d_type == UInt8(DT_REG))) }
                continue
            }
            guard let name = String(validatingCString: cName) else {
                undecodableNames.append(String(cString: cName))
                continue
            }
            entries.append((name, entry.pointee.d_type == UInt8(DT_REG)))
        }
        entries.sort { $0.name < $1.name }
        return (entries, undecodableNames.sorted())
    }
}
