import StandpointModel

/// Something the researcher's actions ask the outside world to do: the UI
/// stays pure, and the terminal loop performs these right after the update
/// that queued them (saving at once, so nothing is lost).
public enum ResearchEffect: Hashable, Sendable {
    /// Write the annotations file now.
    case saveAnnotations(Annotations)
    /// Write the trail's file now.
    case saveTrail(Trail)
    /// Remove the file of a trail that was renamed away from `name`.
    case deleteTrail(name: String)
    /// Open `$EDITOR` on `text`; the result comes back as `NoteEditor` text.
    case editNote(NoteEditing, text: String)
    /// Tell the other presenter screen which step is shown.
    case publishPresenterStep(trail: String, step: Int)
    /// Read the saved trail `name` (a new, empty one when there is none); it
    /// comes back as `ResearchEvent.trailOpened`.
    case openTrail(name: String)
}

/// Which note an editor session is changing.
public enum NoteEditing: Hashable, Sendable {
    /// The presenter note of step `index` of the current trail.
    case step(Int)
    /// The research note on a point or document.
    case annotation(NoteTarget)
}
