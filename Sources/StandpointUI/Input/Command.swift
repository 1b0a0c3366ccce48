/// What a bound key asks for. The raw values are the names used in the key
/// map resource (`Resources/keymap.txt`); add a case and a line there to bind
/// a new key.
public enum Command: String, CaseIterable, Sendable {
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case focusDocuments = "focus-documents"
    case focusReader = "focus-reader"
    case focusPoints = "focus-points"
    case focusReferences = "focus-references"
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up"
    case moveToFirst = "move-to-first"
    case moveToLast = "move-to-last"
    case open
    case back
    case forward
    case search
    case nextSearchHit = "next-search-hit"
    case previousSearchHit = "previous-search-hit"
    case nextSameClaim = "next-same-claim"
    case previousSameClaim = "previous-same-claim"
    case claimsOverview = "claims-overview"
    case holdersOverview = "holders-overview"
    case help
    case close
    case quit
    /// Repaints the terminal from scratch (the state does not change; the terminal acts on it).
    case redraw
    case addToTrail = "add-to-trail"
    case trail
    case present
    case reject
    case polaritySupport = "polarity-support"
    case polarityOppose = "polarity-oppose"
    case polarityNeutral = "polarity-neutral"
    case setHolder = "set-holder"
    case linkClaim = "link-claim"
    case addPoint = "add-point"
    case editNote = "edit-note"
    case undo
}
