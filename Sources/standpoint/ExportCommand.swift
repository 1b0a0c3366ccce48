import ArgumentParser
import Foundation
import StandpointAnalysis
import StandpointExport

/// `standpoint export`: prints the analysis, with the researcher's
/// corrections applied, as JSON (the stable contract), a Markdown report,
/// CSV, or a trail's Markdown handout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the analysis of a corpus to standard output.")

    /// The formats `--format` accepts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown, csv
    }

    @Option(help: "Output format: json, markdown or csv.")
    var format: Format = .json

    @Option(help: "With --format markdown: write the handout of this trail (a name saved in the state folder, or a trail file).")
    var trail: String?

    @Flag(help: "With --trail: include the presenter's notes in the handout.")
    var notes = false

    @OptionGroup var state: StateOptions

    @Flag(help: "Add why each point was kept and why points were linked.")
    var explain = false

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if trail != nil && format != .markdown {
            throw ValidationError("--trail writes a Markdown handout; use it with --format markdown")
        }
        if notes && trail == nil {
            throw ValidationError("--notes adds presenter notes to a trail handout; use it with --trail NAME")
        }
    }

    func run() throws {
        let (paths, result) = try corpus.analyze()
        let annotated = try state.annotated(result.corpus, paths: paths)
        switch format {
        case .json:
            try writeToStandardOutput { output in
                try JSONExport.write(annotated.corpus, explain: explain, to: output)
                try output(Array("\n".utf8))
            }
        case .markdown:
            if let trail {
                let handout = TrailHandout.render(try state.trail(trail, paths: paths), annotated, includeNotes: notes)
                try writeToStandardOutput { try $0(Array(handout.utf8)) }
            } else {
                try writeToStandardOutput { try MarkdownReport.write(annotated, to: $0) }
            }
        case .csv:
            try writeToStandardOutput { try CSVExport.write(annotated, to: $0) }
        }
    }

    /// Runs `export`, writing each piece it hands over to standard output as
    /// it comes, so that the whole text of a large corpus is never held at
    /// once; a failed write (a full disk) ends the command with one line on
    /// standard error.
    private func writeToStandardOutput(_ export: (_ output: ([UInt8]) throws -> Void) throws -> Void) throws {
        let standardOutput = FileHandle.standardOutput
        do {
            try export { try standardOutput.write(contentsOf: $0) }
        } catch {
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription ?? error.localizedDescription
            printError("standpoint: cannot write the export to standard output (\(reason)); redirect it to a file on a disk with room")
            throw ExitCode.failure
        }
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
