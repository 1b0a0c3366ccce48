import Foundation

/// Paths of the built `standpoint` binary and of the repository.
enum Product {
    /// The repository root (where data/ is).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `standpoint` executable SwiftPM built next to the test bundle.
    static var binary: URL {
        let testRunner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = testRunner.deletingLastPathComponent()
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "Contents" || folder.lastPathComponent == "MacOS" {
            folder.deleteLastPathComponent()
        }
        let candidate = folder.appendingPathComponent("standpoint")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return (Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("standpoint") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }) ?? candidate
    }

    /// Quotes `text` for /bin/sh.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A shell command that runs the browser with `arguments`, then reports its
    /// exit status and whether the tty settings came back as they were, and stays open.
    static func browserCommand(_ arguments: String = "") -> String {
        let binary = shellQuoted(Self.binary.path)
        return "cd \(shellQuoted(repository.path)) && before=$(stty -g); \(binary) \(arguments); status=$?; "
            + "[ \"$before\" = \"$(stty -g)\" ] && echo 'tty settings restored'; echo \"standpoint exited with status $status\"; sleep 60"
    }
}
