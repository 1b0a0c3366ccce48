import Foundation
import StandpointAnalysis
import StandpointStore
import StandpointTerminal

/// What the tool sees of the machine it runs on, for bug reports: the
/// terminal, colours, locale, PDF support, the state folder and the corpus.
///
/// Gathering it changes nothing: curses is not started (the colour count
/// comes from `tput`, which reads terminfo), and the state folder is checked
/// for writability without being created.
struct DoctorReport {
    /// One line of the report: a label and what was found.
    struct Line: Equatable {
        let label: String
        let value: String
    }

    private(set) var lines: [Line] = []

    /// Gathers the report for a corpus read from `paths`.
    init(paths: [String], stateDir: String?, loader: CorpusLoader, environment: [String: String] = ProcessInfo.processInfo.environment) {
        add("system", Self.system())
        add("terminal", Self.terminal(environment))
        add("colours", Self.colours(environment))
        add("locale", Self.locale(environment))
        add("ncurses", CursesLibrary.version)
        add("pdftotext", Self.pdftotext(loader.pdfTool))
        add("state folder", Self.stateFolder(paths: paths, explicit: stateDir, environment: environment))
        add("corpus", Self.corpus(paths: paths, loader: loader))
        add("max file size", LoadLimits.describe(bytes: loader.limits.maxFileSize))
    }

    /// The report as aligned "label: value" lines, printable as they are.
    var text: String {
        let width = (lines.map(\.label.count).max() ?? 0) + 2
        return lines.map { line in
            (line.label + ":").padding(toLength: width, withPad: " ", startingAt: 0) + PrintableText.escaping(line.value)
        }.joined(separator: "\n")
    }

    private mutating func add(_ label: String, _ value: String) {
        lines.append(Line(label: label, value: value))
    }

    static func system() -> String {
        var name = utsname()
        guard uname(&name) == 0 else { return "unknown" }
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
        }
        return "\(field(name.sysname)) \(field(name.release)) \(field(name.machine))"
    }

    static func terminal(_ environment: [String: String]) -> String {
        let term = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
        var parts = [term.map { "TERM=\($0)" } ?? "TERM is not set (the browser needs a terminal type; try TERM=xterm-256color)"]
        parts.append(isatty(STDIN_FILENO) == 1 ? "input is a terminal" : "input is not a terminal")
        parts.append(isatty(STDOUT_FILENO) == 1 ? "output is a terminal" : "output is not a terminal")
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            parts.append("\(size.ws_col)x\(size.ws_row)")
        }
        return parts.joined(separator: ", ")
    }

    static func colours(_ environment: [String: String]) -> String {
        let count: String
        if let term = environment["TERM"], !term.isEmpty, let tput = Subprocess.locate("tput", searchPath: environment["PATH"] ?? ""),
            let output = run(tput, ["-T", term, "colors"]), let colours = Int(output)
        {
            count = colours <= 0 ? "none (monochrome attributes)" : "\(colours) (tput colors)"
        } else {
            count = "unknown (needs TERM and tput)"
        }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            return "off: NO_COLOR is set; the terminal has: \(count)"
        }
        return count
    }

    static func locale(_ environment: [String: String]) -> String {
        let variables = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { name in
            environment[name].flatMap { $0.isEmpty ? nil : "\(name)=\($0)" }
        }
        let set = variables.isEmpty ? "no LC_ALL, LC_CTYPE or LANG" : variables.joined(separator: " ")
        guard let active = setlocale(LC_CTYPE, "") else {
            return "\(set): not installed on this system (see `locale -a`); accents and wide characters may not display; set LANG=C.UTF-8"
        }
        let name = String(cString: active)
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        let utf8 = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        return "\(name) (\(set)), character set \(codeset)"
            + (utf8 ? ", UTF-8: yes" : ", UTF-8: no; wide characters will not display, set LANG=C.UTF-8")
    }

    static func pdftotext(_ tool: String?) -> String {
        guard let tool else { return "not installed: PDFs are skipped; install with `apt-get install poppler-utils`" }
        return tool + (PDFText.toolVersion(at: tool).map { " (\($0))" } ?? "")
    }

    static func stateFolder(paths: [String], explicit: String?, environment: [String: String]) -> String {
        do {
            let folder = try StateDirectory.resolve(
                corpusPaths: paths, explicit: explicit, environment: environment, prepare: wouldBeWritable)
            let state = FileManager.default.fileExists(atPath: folder.path) ? "writable" : "not created yet; can be created"
            return "\(folder.path) (\(state))" + (folder.notice.map { "; \($0)" } ?? "")
        } catch {
            return "\(error)"
        }
    }

    static func corpus(paths: [String], loader: CorpusLoader) -> String {
        let shown = paths.joined(separator: " ")
        do {
            let (files, warnings) = try loader.discover(paths)
            var counts: [String: Int] = [:]
            for file in files { counts[file.fileExtension, default: 0] += 1 }
            let kinds = counts.sorted { $0.key < $1.key }.map { ".\($0.key) \($0.value)" }.joined(separator: ", ")
            return "\(shown): \(files.count) documents found" + (kinds.isEmpty ? "" : " (\(kinds))")
                + ", \(warnings.count) files passed over"
        } catch {
            return "\(error)"
        }
    }

    /// True when `folder` is writable, or does not exist and its nearest existing parent is.
    static func wouldBeWritable(_ folder: String) -> Bool {
        var path = URL(fileURLWithPath: folder).standardizedFileURL.path
        while !FileManager.default.fileExists(atPath: path) {
            let parent = (path as NSString).deletingLastPathComponent
            if parent == path || parent.isEmpty { return false }
            path = parent
        }
        return access(path, W_OK) == 0
    }

    /// The trimmed standard output of a short program, or nil when it fails.
    static func run(_ executable: String, _ arguments: [String]) -> String? {
        guard case .exited(0, let output) = Subprocess.run(executable, arguments, timeout: 10, outputLimit: 1 << 16) else { return nil }
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
