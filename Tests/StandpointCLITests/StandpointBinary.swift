import Foundation

/// The built `standpoint` executable, run as a user runs it.
///
/// The test target depends on the executable target, so SwiftPM builds it
/// into the same products folder as the test bundle.
enum StandpointBinary {
    /// What a run printed and how it ended.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String

        /// Standard error split into lines (no trailing empty line).
        var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    /// The products folder that holds the test bundle and `standpoint`.
    static let productsFolder: URL = {
        let candidates = [
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("standpoint").path) }
            ?? candidates[0]
    }()

    static var path: String { productsFolder.appendingPathComponent("standpoint").path }

    /// Runs `standpoint` with `arguments`; `prefix` runs it through another
    /// program (such as `setpriv`); it is killed if it runs for more than a minute.
    static func run(_ arguments: [String], environment: [String: String]? = nil, prefix: [String] = [], executable: String? = nil) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sp-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        let binary = executable ?? path
        process.executableURL = URL(fileURLWithPath: prefix.first ?? binary)
        process.arguments = Array(prefix.dropFirst()) + (prefix.isEmpty ? [] : [binary]) + arguments
        if let environment { process.environment = environment }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The document ids of a JSON export.
    static func documentIDs(_ json: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let documents = object?["documents"] as? [[String: Any]] ?? []
        return documents.compactMap { $0["id"] as? String }
    }
}

/// A folder of files written for one test, removed when the test ends.
final class ScratchFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sp-cli-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        chmod(url.path, 0o755)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        chmod(file.path, 0o644)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, bytes: Array(text.utf8)) }
}
