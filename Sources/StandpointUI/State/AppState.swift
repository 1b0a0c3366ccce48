import StandpointModel

/// Everything the browser shows: the corpus (read only) and the UI state
/// beside it. Panes draw from it and never change it; `update(_:)` is the one
/// place it changes.
public struct AppState: Sendable {
    /// The analysed corpus (empty until analysis finishes).
    public var corpus: Corpus {
        didSet { referenceCache = nil }
    }
    /// Key bindings.
    public var keyMap: KeyMap
    /// Styles to draw with.
    public var theme: Theme
    /// The terminal size.
    public var size: Size
    /// The focused pane.
    public var focus: PaneID = .documents
    /// Selection in the Documents pane.
    public var documentList = ListPosition()
    /// Selection in the Stance points pane.
    public var pointList = ListPosition()
    /// Selection in the Cross-references pane.
    public var referenceList = ListPosition()
    /// The Reader's scroll position: the byte offset of its first line, so it
    /// survives re-wrapping when the terminal is resized.
    public var readerTop = 0
    /// The overlay drawn over the panes, if any.
    public var overlay: Overlay?
    /// Places to go back to (`b`), most recent last.
    public var history: [Location] = []
    /// Places to go forward to again (`f`), most recent last.
    public var future: [Location] = []
    /// The last search run from the `/` prompt, stepped with `n`/`N`.
    public var search: ActiveSearch?
    /// Where the background analysis is.
    public var analysis: AnalysisStatus
    /// Warnings from the analysis, shown after quitting.
    public var warnings: [String] = []
    /// A one-line message for the status bar, cleared by the next key.
    public var message: String?
    /// Ticks seen while the analysis runs, for the progress spinner.
    public var ticks = 0
    /// Set when the user asked to quit.
    public var isFinished = false
    /// Trails, corrections and notes; `corpus` is its annotated corpus.
    public var research: ResearchState
    /// The Cross-references rows of the selected point, by its id, made once
    /// per update (`normalize()`) instead of each time a pane, the status bar
    /// or a command asks: a point can have tens of thousands of explicit
    /// references (`]` took 180 ms of CPU at 30,000 documents, standpoint-bench).
    /// A new corpus clears it; a different selected point makes it unused.
    var referenceCache: (pointID: String, entries: ReferenceEntries)?

    /// A browser over `corpus`; pass `analysis: .running(…)` and an empty corpus
    /// to show the screen before the analysis has finished.
    public init(
        corpus: Corpus, size: Size, theme: Theme = .color, keyMap: KeyMap = .standard,
        analysis: AnalysisStatus = .finished(warnings: 0)
    ) {
        self.corpus = corpus
        self.size = size
        self.theme = theme
        self.keyMap = keyMap
        self.analysis = analysis
        self.research = ResearchState(base: corpus)
        normalize()
    }

    /// Where things go at the current size.
    public var layout: ScreenLayout {
        ScreenLayout(size: size, focus: focus, documentRows: corpus.documents.count)
    }

    /// The selected document.
    public var selectedDocument: Document? {
        corpus.documents.indices.contains(documentList.selected) ? corpus.documents[documentList.selected] : nil
    }

    /// The stance points of the selected document.
    public var documentPoints: [StancePoint] {
        selectedDocument.map { corpus.points(inDocument: $0.id) } ?? []
    }

    /// The selected stance point.
    public var selectedPoint: StancePoint? {
        let points = documentPoints
        return points.indices.contains(pointList.selected) ? points[pointList.selected] : nil
    }

    /// The Cross-references pane's rows for the selected point.
    public var referenceEntries: ReferenceEntries {
        guard let point = selectedPoint else { return .none }
        if let referenceCache, referenceCache.pointID == point.id { return referenceCache.entries }
        return corpus.referenceEntries(for: point)
    }

    /// The selected cross-reference.
    public var selectedReference: ReferenceEntry? {
        let entries = referenceEntries
        return entries.indices.contains(referenceList.selected) ? entries[referenceList.selected] : nil
    }

    /// The search hit to highlight in the Reader, if it is in the shown document.
    public var currentSearchHit: SearchHit? {
        guard let search, search.hits.indices.contains(search.index) else { return nil }
        let hit = search.hits[search.index]
        return hit.document == selectedDocument?.id ? hit : nil
    }

    /// Where the browser is now, for the history.
    public var location: Location? {
        selectedDocument.map {
            Location(document: $0.id, point: selectedPoint?.id, readerTop: readerTop, focus: focus)
        }
    }
}
