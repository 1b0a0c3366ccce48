import StandpointModel

/// A window drawn over the panes that takes the keys while it is open.
public enum Overlay: Hashable, Sendable {
    /// The key help, scrolled to `top`.
    case help(top: Int)
    /// The search prompt with its live results.
    case search(SearchPrompt)
    /// A stack of lists (claims, then a claim's points…); the last one shows.
    case lists([OverlayList])
    /// Trails, corrections and presenting (`ResearchOverlay`).
    case research(ResearchOverlay)
}

/// The `/` prompt: the query typed so far and the sentences that match it.
public struct SearchPrompt: Hashable, Sendable {
    /// The query typed so far.
    public var query: String
    /// Matching sentences, at most `SearchPrompt.limit`.
    public var hits: [SearchHit]
    /// The highlighted result.
    public var position: ListPosition

    /// Most results listed for one query.
    public static let limit = 1000

    public init(query: String = "", hits: [SearchHit] = [], position: ListPosition = ListPosition()) {
        self.query = query
        self.hits = hits
        self.position = position
    }
}

/// One list overlay: what it lists and where its selection is.
public struct OverlayList: Hashable, Sendable {
    /// What the list shows.
    public enum Kind: Hashable, Sendable {
        /// Every claim, by how many documents make it.
        case claims
        /// The points that make one claim, across documents.
        case claimPoints(String)
        /// Every holder, with how many points they hold.
        case holders
        /// The points one holder holds.
        case holderPoints(String)
    }

    /// What the list shows.
    public var kind: Kind
    /// Its rows, ordered when the list opens and made on access (the corpus
    /// does not change under it).
    public var rows: OverlayRows
    /// Its selection.
    public var position: ListPosition

    public init(kind: Kind, rows: OverlayRows, position: ListPosition = ListPosition()) {
        self.kind = kind
        self.rows = rows
        self.position = position
    }
}

/// The search the `n`/`N` keys step through, after `/` … `Enter`.
public struct ActiveSearch: Hashable, Sendable {
    /// What was searched for.
    public var query: String
    /// Every matching sentence in the corpus.
    public var hits: [SearchHit]
    /// The hit shown now.
    public var index: Int
}
