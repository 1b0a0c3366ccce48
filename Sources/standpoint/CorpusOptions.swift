import ArgumentParser
import Foundation
import StandpointAnalysis

/// The paths every subcommand reads, with the bundled corpus as the default.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of documents (.txt, .md). Default: the bundled sample corpus in data/.")
    var paths: [String] = []

    /// The paths to analyse: those given, or the bundled `data/` folder.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        if let bundled = BundledCorpus.path { return [bundled] }
        throw ValidationError("no PATH given and the bundled sample corpus (data/) was not found; give a folder of documents")
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
