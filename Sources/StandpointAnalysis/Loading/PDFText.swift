import Foundation

/// Gets the text of a PDF through `pdftotext -layout` from poppler-utils.
///
/// The tool is run directly (no shell) with a time limit and an output
/// limit; its layout-preserving output is then cleaned up by `PDFLayout`.
public enum PDFText {
    /// Why a PDF gave no text, each with the message a user sees.
    enum Failure: Error, Equatable {
        case toolMissing
        case unreadable(FileReading.Failure)
        case timedOut(seconds: Double)
        case outputTooLarge(limit: Int)
        case toolFailed(status: Int32)
        case failedToStart(String)

        var message: String {
            switch self {
            case .toolMissing:
                return "skipped: reading PDF needs pdftotext, which is not installed; install it with `apt-get install poppler-utils` (or `brew install poppler` on macOS)"
            case .unreadable(let failure):
                return failure.message
            case .timedOut(let seconds):
                return "skipped: pdftotext took longer than \(Int(seconds)) s; the PDF may be damaged"
            case .outputTooLarge(let limit):
                return "skipped: its text is larger than the \(LoadLimits.describe(bytes: limit)) limit; raise it with --max-file-size"
            case .toolFailed(let status):
                let why = status == 3 ? "it does not allow copying text" : "it is damaged, encrypted or not a PDF"
                return "skipped: pdftotext could not read it (exit status \(status)): \(why)"
            case .failedToStart(let reason):
                return "skipped: pdftotext could not be started (\(reason))"
            }
        }
    }

    /// The path of `pdftotext` in the directories of `searchPath` (a
    /// `PATH`-style list), or nil when it is not installed.
    public static func locateTool(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        Subprocess.locate("pdftotext", searchPath: searchPath)
    }

    /// The first line `pdftotext -v` prints ("pdftotext version 22.12.0"), or nil.
    public static func toolVersion(at tool: String) -> String? {
        guard case .exited(_, let output) = Subprocess.run(tool, ["-v"], timeout: 10, outputLimit: 1 << 16, mergeErrors: true)
        else { return nil }
        return String(decoding: output, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }

    /// The raw `pdftotext -layout` output for the PDF at `path`.
    static func layoutText(of path: String, tool: String?, limits: LoadLimits) -> Result<[UInt8], Failure> {
        guard let tool else { return .failure(.toolMissing) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(FileReading.failure(errno: errno))) }
        close(descriptor)
        let input = path.hasPrefix("-") ? "./" + path : path
        let arguments = ["-layout", "-enc", "UTF-8", "-q", input, "-"]
        switch Subprocess.run(tool, arguments, timeout: limits.pdfTimeout, outputLimit: limits.maxFileSize) {
        case .exited(0, let output): return .success(output)
        case .exited(let status, _): return .failure(.toolFailed(status: status))
        case .timedOut: return .failure(.timedOut(seconds: limits.pdfTimeout))
        case .outputTooLarge: return .failure(.outputTooLarge(limit: limits.maxFileSize))
        case .failedToStart(let reason): return .failure(.failedToStart(reason))
        }
    }
}
