import StandpointModel

/// The researcher's and presenter's work beside the browser: the analysis as
/// it came, the annotations laid over it (the browser shows the result), and
/// the trail being built. Changes queue `ResearchEffect`s to be saved at once.
public struct ResearchState: Sendable {
    /// The corpus as the analysis produced it.
    public private(set) var base: Corpus
    /// Every correction and note, oldest first.
    public private(set) var annotations: Annotations
    /// `annotations` applied to `base`: what every pane shows.
    public private(set) var annotated: AnnotatedCorpus
    /// The trail that `m` adds to and `p` presents.
    public var trail: Trail
    /// Names of the trails saved in the state folder, for the trail pane.
    public var savedTrails: [String]
    /// Effects waiting for the terminal loop.
    public private(set) var effects: [ResearchEffect] = []
    /// Set by `standpoint present`: leaving presenter mode quits.
    public var presentOnly = false
    /// The time shown on the presenter's notes screen.
    public var clock = ""

    public init(base: Corpus, annotations: Annotations = Annotations(), trail: Trail = Trail(name: "trail"), savedTrails: [String] = []) {
        self.base = base
        self.annotations = annotations
        self.annotated = annotations.apply(to: base)
        self.trail = trail
        self.savedTrails = savedTrails
    }

    /// Replaces the analysis (when it finishes) and re-applies the annotations.
    public mutating func rebase(on corpus: Corpus) {
        base = corpus
        annotated = annotations.apply(to: corpus)
    }

    /// Records a change, re-applies, and queues the save.
    public mutating func record(_ change: Annotation) {
        annotations.record(change)
        annotated = annotations.apply(to: base)
        effects.append(.saveAnnotations(annotations))
    }

    /// Undoes the last change; returns it, or nil when there was none.
    public mutating func undo() -> Annotation? {
        guard let change = annotations.undo() else { return nil }
        annotated = annotations.apply(to: base)
        effects.append(.saveAnnotations(annotations))
        return change
    }

    /// Applies `change` to the trail and queues its save.
    public mutating func changeTrail(_ change: (inout Trail) -> Void) {
        change(&trail)
        effects.append(.saveTrail(trail))
        if !savedTrails.contains(trail.name) { savedTrails = (savedTrails + [trail.name]).sorted() }
    }

    /// Renames the current trail (its file too); false when `name` cannot name a file or is taken.
    public mutating func renameTrail(to name: String) -> Bool {
        guard Trail.isValidName(name), name == trail.name || !savedTrails.contains(name) else { return false }
        let old = trail.name
        guard name != old else { return true }
        changeTrail { $0.name = name }
        savedTrails.removeAll { $0 == old }
        effects.append(.deleteTrail(name: old))
        return true
    }

    /// Queues an effect that is not a save (editor, presenter sync).
    public mutating func request(_ effect: ResearchEffect) {
        effects.append(effect)
    }

    /// Hands the queued effects to the caller and forgets them.
    public mutating func takeEffects() -> [ResearchEffect] {
        defer { effects = [] }
        return effects
    }

    /// The note now attached to a point or document.
    public func note(on target: NoteTarget) -> String {
        switch target {
        case .document(let id): return annotated.documentNotes[id] ?? ""
        case .point(let anchor):
            return annotated.corpus.point(at: anchor).flatMap { annotated.pointNotes[$0.id] } ?? ""
        }
    }
}
