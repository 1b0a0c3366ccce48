import Foundation

/// Runs the user's editor (`$VISUAL`, else `$EDITOR`) on a note, for notes
/// longer than the one-line editor is good for.
public enum ExternalEditor {
    /// The editor command to run, or nil when neither variable is set.
    public static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }

    /// Why editing did not give a note.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Writes `text` to a temporary file, runs `command` on it through the
    /// shell (so `EDITOR="code --wait"` works), and returns the file's new text.
    public static func edit(_ text: String, command: String) throws -> String {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("standpoint-note-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try Data(text.utf8).write(to: file)
        } catch {
            throw Failure(description: "cannot write a temporary file for the editor (\(error.localizedDescription)); the note was not changed")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "sh", file.path]
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot start the editor '\(command)'; set EDITOR to an editor on your PATH")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "the editor '\(command)' exited with status \(process.terminationStatus); the note was not changed")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw Failure(description: "the editor removed the note file; the note was not changed")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
