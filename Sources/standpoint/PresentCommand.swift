import ArgumentParser
import Foundation
import StandpointAnalysis
import StandpointModel
import StandpointTerminal
import StandpointUI

/// `standpoint present TRAIL [PATH...]`: presents a trail full screen, one
/// step at a time; with `--notes`, the presenter's second screen (note, next
/// step, clock) that follows the audience screen and can drive it.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Present a trail, one step at a time (see docs/presenting.md).")

    @Argument(help: "The trail: a name saved for this corpus, or a trail file.")
    var trail: String

    @Flag(help: "Show the presenter's notes, the next step and a clock (for a second terminal).")
    var notes = false

    @OptionGroup var state: StateOptions

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try TerminalStart.requireTerminal(
            "presenting needs a terminal", instead: "for a handout use `standpoint export --format markdown --trail \(trail)`")
        let loaded = try state.trail(trail, paths: try corpus.resolvedPaths())
        let (paths, result) = try corpus.analyze()
        let files = try ResearchFiles(paths: paths, state: state)
        for notice in files.notices { printError("standpoint: \(notice)") }
        let session = try TerminalStart.session(useColor: TerminalStart.useColor)
        var research = files.researchState(base: result.corpus, trail: loaded)
        research.presentOnly = true
        var presentation = Presentation(trail: loaded)
        presentation.go(to: files.sharedStep(trail: loaded.name) ?? 0)
        var app = AppState(
            corpus: research.annotated.corpus, size: session.size,
            theme: session.palette.usesColor ? .color : .monochrome)
        app.research = research
        app.overlay = .research(notes ? .notes(presentation) : .presenter(presentation))
        if !notes { app.research.request(.publishPresenterStep(trail: loaded.name, step: presentation.step)) }
        let inbox = ActionInbox()
        files.watchPresenter(trail: loaded.name, inbox: inbox, clock: notes)
        let outcome = TerminalBrowser.run(&app, inbox: inbox, session: session) { files.perform($0, session: session) }
        session.close()
        if case .signal(let number) = outcome { throw ExitCode(128 + number) }
    }
}
