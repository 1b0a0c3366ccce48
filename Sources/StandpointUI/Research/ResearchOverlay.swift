import StandpointModel

/// The overlays of trails, corrections and presenting, kept in one case of
/// the browser's `Overlay` so that the browser's own code hardly changes.
public enum ResearchOverlay: Hashable, Sendable {
    /// The trail pane, with its selected step.
    case trail(ListPosition)
    /// A one-line editor (holder, note, trail name).
    case prompt(LinePrompt)
    /// The list of claims to link the point at `anchor` to; row 0 unlinks.
    case claimPicker(anchor: PointAnchor, position: ListPosition)
    /// Presenter mode, full screen: the audience's view.
    case presenter(Presentation)
    /// The presenter's notes, full screen, for a second terminal.
    case notes(Presentation)
}

/// What the outside world reports back to the research features.
public enum ResearchEvent: Sendable {
    /// `$EDITOR` returned `text` for a note.
    case noteEdited(NoteEditing, String)
    /// No `$EDITOR` is set: edit the note on the one-line editor instead.
    case editorUnavailable(NoteEditing)
    /// A save failed; the message says what and that the change is kept in memory.
    case saveFailed(String)
    /// The other presenter screen moved to `step`.
    case presenterFollowed(Int)
    /// The clock for the notes screen ("14:05").
    case clockTicked(String)
    /// A trail was read from disk (or made new) to become the current one.
    case trailOpened(Trail)
}
