import Foundation
import Testing

/// A private tmux server (its own socket, so the user's sessions are never
/// touched) running one command in a detached session of a fixed size.
final class Tmux {
    let socket: String
    let session = "e2e"
    private var serverPID: Int32?

    /// Starts `command` (run by /bin/sh) in a `columns`x`rows` session with
    /// `environment` exported first (tmux itself would set TERM to its own).
    init(command: String, columns: Int, rows: Int, environment: [String: String] = [:]) throws {
        socket = "standpoint-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let exports = environment.sorted(by: { $0.key < $1.key })
            .map { "export \($0.key)=\(Product.shellQuoted($0.value)); " }.joined()
        let arguments = ["new-session", "-d", "-s", session, "-x", "\(columns)", "-y", "\(rows)", exports + command]
        _ = try run(arguments)
        serverPID = Int32(try run(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Ends the session and its server (by the server's own process id, in case it lingers).
    deinit {
        let pane = try? variable("pane_pid")
        _ = try? run(["kill-server"])
        if let pane, let pid = Int32(pane) { kill(pid, SIGKILL) }
        if let serverPID { kill(serverPID, SIGKILL) }
    }

    /// Whether tmux is installed.
    static var isInstalled: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tmux command on this server and returns its standard output.
    ///
    /// Through `system(3)`, not Foundation's `Process`: the tmux server that
    /// `new-session` forks would inherit the descriptor `Process` watches for
    /// the child's exit and keep it open, so `waitUntilExit` would never return.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: file) }
        let command = (["tmux", "-L", socket, "-f", "/dev/null"] + arguments).map(Product.shellQuoted).joined(separator: " ")
        let status = system(command + " </dev/null >" + Product.shellQuoted(file.path) + " 2>/dev/null")
        guard status != -1 else { throw CocoaError(.executableLoad) }
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    /// Sends keys by tmux name ("j", "Enter", "BTab", "C-c").
    func send(_ keys: String...) throws {
        _ = try run(["send-keys", "-t", session] + keys)
    }

    /// The visible text of the pane.
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", session])
    }

    /// A pane or window variable, e.g. "alternate_on", "cursor_flag".
    func variable(_ name: String) throws -> String {
        try run(["display-message", "-p", "-t", session, "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Changes the window size, as a terminal emulator would.
    func resize(columns: Int, rows: Int) throws {
        _ = try run(["resize-window", "-t", session, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Polls the pane until `condition` holds for its text, for at most `timeout` seconds;
    /// records an issue with the last screen if it never does.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    /// Waits until the pane shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }
}
