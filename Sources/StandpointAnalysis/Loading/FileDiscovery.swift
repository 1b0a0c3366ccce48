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

    private struct FolderIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// Adds everything under one path given by the user.
    ///
    /// - Returns: false when the path does not exist.
    mutating func add(_ path: String) -> Bool {
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
    var sortedFiles: [CorpusLoader.SourceFile] {
        var seen = Set<String>()
        return files.filter { seen.insert($0.path).inserted }.sorted { ($0.id, $0.path) < ($1.id, $1.path) }
    }

    private mutating func addFile(path: String, id: String) {
        let ext = (path as NSString).pathExtension.lowercased()
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
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                warnings.append(LoadWarning(path: folder, message: "skipped: cannot list this folder; check its permissions"))
                continue
            }
            var subfolders: [(path: String, relative: String)] = []
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = (folder as NSString).appendingPathComponent(name)
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                var info = stat()
                guard stat(path, &info) == 0 else {
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
                    addFile(path: path, id: (relative as NSString).deletingPathExtension)
                default:
                    warnings.append(LoadWarning(path: path, message: FileReading.Failure.notRegularFile(FileReading.kind(of: info.st_mode)).message))
                }
            }
            pending.append(contentsOf: subfolders.reversed())
        }
    }
}
