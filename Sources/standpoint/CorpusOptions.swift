import ArgumentParser
import Foundation
import StandpointAnalysis

/// The paths every subcommand reads, with the bundled corpus as the default.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of documents (.txt, .md, .html, .pdf). Default: the bundled sample corpus in data/.")
    var paths: [String] = []

    @Option(
        name: .customLong("max-file-size"),
        help: ArgumentHelp("Skip (and report) files larger than this, e.g. 64MB, 500K, 1G.", valueName: "size"))
    var maxFileSize = "64MB"

    func validate() throws {
        guard LoadLimits.parseSize(maxFileSize) != nil else {
            throw ValidationError("--max-file-size '\(maxFileSize)' is not a size; write it like 64MB, 500K or 1G")
        }
    }

    /// The loader, with the limits given on the command line.
    func loader() -> CorpusLoader {
        CorpusLoader(limits: LoadLimits(maxFileSize: LoadLimits.parseSize(maxFileSize) ?? LoadLimits.defaultMaxFileSize))
    }

    /// Analyses the paths, printing each skipped or repaired file as a warning
    /// on stderr; when nothing could be loaded, prints why and exits with status 2.
    /// `onScreen` names the corpus as the browser does (`displayRoot`), so
    /// that a captured screen is the browser's.
    func analyze(onScreen: Bool = false, progress: (@Sendable (AnalysisProgress) -> Void)? = nil) throws -> (
        paths: [String], result: AnalysisResult
    ) {
        let paths = try resolvedPaths()
        do {
            let result = try Analyzer(loader: loader()).analyze(
                paths, root: onScreen ? displayRoot(for: paths) : nil, progress: progress)
            for warning in result.warnings { printError("standpoint: warning: \(warning)") }
            return (paths, result)
        } catch let error as LoadError {
            if case .noDocuments(_, let warnings) = error {
                for warning in warnings { printError("standpoint: warning: \(warning)") }
            }
            printError("standpoint: \(error)")
            throw ExitCode(2)
        }
    }

    /// The paths to analyse: those given, or the bundled `data/` folder.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        if let bundled = BundledCorpus.path { return [bundled] }
        throw ValidationError("no PATH given and the bundled sample corpus (data/) was not found; give a folder of documents")
    }

    /// How the corpus is named on screen: the paths as given, or `data/` for the bundled corpus.
    func displayRoot(for resolved: [String]) -> String {
        paths.isEmpty ? "data/" : resolved.joined(separator: " ")
    }
}

/// Finds the sample corpus that ships in the repository's `data/` folder.
enum BundledCorpus {
    /// `data/` in the working directory, or beside the package the binary was built from.
    static var path: String? {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: "data") { return "data" }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("data")
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("000_94571beeeac1a990.txt").path) {
                return candidate.path
            }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
