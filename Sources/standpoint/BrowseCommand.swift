import ArgumentParser
import Foundation
import StandpointAnalysis
import StandpointTerminal
import StandpointUI

/// `standpoint [browse] [PATH...]`: the full-screen terminal browser (the default subcommand).
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse documents, stance points and cross-references in the terminal (the default).")

    @Option(help: "The trail m adds to and p presents (default: the one changed last, else a new one).")
    var trail: String?

    @OptionGroup var state: StateOptions

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try TerminalStart.requireTerminal(
            "the browser needs a terminal", instead: "to print the analysis instead, use `standpoint export`")
        let paths = try corpus.resolvedPaths()
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        guard missing.count < paths.count else {
            printError("standpoint: no such file or folder: \(missing.joined(separator: ", ")); give files or folders of documents")
            throw ExitCode(2)
        }
        let useColor = TerminalStart.useColor
        let files = try ResearchFiles(paths: paths, state: state)
        for notice in files.notices { printError("standpoint: \(notice)") }
        let outcome = try BrowserLauncher.run(
            paths: paths, root: corpus.displayRoot(for: paths), analyzer: Analyzer(loader: corpus.loader()),
            useColor: useColor, files: files, trail: trail)
        for notice in files.notices { printError("standpoint: \(notice)") }
        switch outcome {
        case .signal(let number): throw ExitCode(128 + number)
        case .analysisFailed: throw ExitCode(2)
        case .quit: break
        }
    }
}

/// Starts the analysis in the background and the terminal browser in front,
/// wiring the analysis's progress into the browser's inbox.
enum BrowserLauncher {
    /// How a browsing session ended.
    enum Outcome: Equatable {
        case quit
        case signal(Int32)
        case analysisFailed
    }

    static func run(
        paths: [String], root: String, analyzer: Analyzer, useColor: Bool, files: ResearchFiles, trail: String?
    ) throws -> Outcome {
        let inbox = ActionInbox()
        let session = try TerminalStart.session(useColor: useColor)
        var state = AppState(
            corpus: .empty(root: root), size: session.size, theme: session.palette.usesColor ? .color : .monochrome,
            analysis: .running(done: 0, total: 0, stage: "discovering"))
        state.research = files.researchState(base: state.corpus, trailName: trail)
        state.message = files.notices.isEmpty ? nil : files.notices.joined(separator: " · ")
        files.watchPresenter(trail: state.research.trail.name, inbox: inbox)
        let analysis = Thread {
            do {
                let result = try analyzer.analyze(paths, root: root) { progress in
                    inbox.post(.analysisProgressed(
                        done: progress.documentsDone, total: progress.documentsTotal, stage: progress.stage.rawValue))
                }
                inbox.post(.analysisFinished(result.corpus, warnings: result.warnings.map { "\($0)" }))
            } catch {
                inbox.post(.analysisFailed("\(error)"))
            }
        }
        analysis.stackSize = 8 << 20
        analysis.start()
        let loop = TerminalBrowser.run(&state, inbox: inbox, session: session) { files.perform($0, session: session) }
        session.close()
        let outcome: Outcome = switch loop {
        case .quit: .quit
        case .signal(let number): .signal(number)
        }
        for warning in state.warnings { printError("standpoint: warning: \(warning)") }
        if case .failed(let reason) = state.analysis {
            printError("standpoint: \(reason)")
            if outcome == .quit { return .analysisFailed }
        }
        return outcome
    }
}
