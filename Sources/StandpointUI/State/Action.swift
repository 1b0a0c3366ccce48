import StandpointModel

/// Everything that can happen to the browser, named for the event. Input,
/// terminal changes and analysis progress all arrive as actions, and only
/// `AppState.update(_:)` turns them into state changes.
public enum Action: Sendable {
    /// A key was pressed.
    case keyPressed(Key)
    /// The mouse was clicked at a cell.
    case mouseClicked(column: Int, row: Int)
    /// The wheel turned over a cell, `lines` down (negative: up).
    case wheelScrolled(lines: Int, column: Int, row: Int)
    /// The terminal changed size.
    case resized(Size)
    /// The background analysis reported progress.
    case analysisProgressed(done: Int, total: Int, stage: String)
    /// The background analysis finished with `corpus`; `warnings` are one-line messages.
    case analysisFinished(Corpus, warnings: [String])
    /// Time passed (about a tenth of a second) while the analysis runs: animates the progress indicator.
    case ticked
    /// The background analysis failed.
    case analysisFailed(String)
    /// Something happened to the researcher's files or the other presenter screen.
    case research(ResearchEvent)
}
