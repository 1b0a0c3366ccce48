import ArgumentParser
import Foundation
import StandpointAnalysis
import StandpointExport

/// `standpoint export`: prints the analysis as JSON (the stable contract).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the analysis of a corpus to standard output.")

    @Option(help: "Output format: json.")
    var format: String = "json"

    @Flag(help: "Add why each point was kept and why points were linked.")
    var explain = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        guard format == "json" else {
            throw ValidationError("unknown format '\(format)'; use json")
        }
        let paths = try corpus.resolvedPaths()
        let result: AnalysisResult
        do {
            result = try Analyzer().analyze(paths)
        } catch let error as LoadError {
            printError("standpoint: \(error)")
            throw ExitCode(2)
        }
        for warning in result.warnings { printError("standpoint: warning: \(warning)") }
        print(try JSONExport.render(result.corpus, explain: explain))
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
