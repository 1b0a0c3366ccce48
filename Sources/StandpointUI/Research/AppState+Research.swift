import Foundation
import StandpointModel

extension AppState {
    /// The research overlay shown, if any.
    public var researchOverlay: ResearchOverlay? {
        if case .research(let overlay)? = overlay { return overlay }
        return nil
    }

    /// The sentence the Reader is on: the shown search hit's, else the first
    /// sentence that starts on or after the Reader's top line.
    public var readerSentence: (document: Document, sentence: Sentence)? {
        guard let document = selectedDocument, !document.sentences.isEmpty else { return nil }
        if let hit = currentSearchHit, document.sentences.indices.contains(hit.sentence) {
            return (document, document.sentences[hit.sentence])
        }
        let sentence = document.sentences.first { $0.range.start >= readerTop }
            ?? document.sentence(containing: readerTop) ?? document.sentences[document.sentences.count - 1]
        return (document, sentence)
    }

    /// Shows the corrected corpus after the annotations changed, keeping the selection.
    mutating func researchChanged() {
        corpus = research.annotated.corpus
        normalize()
    }

    /// Carries out a research command from the key map.
    mutating func performResearch(_ command: Command) {
        switch command {
        case .addToTrail: addToTrail()
        case .trail: overlay = .research(.trail(ListPosition(selected: max(0, research.trail.steps.count - 1))))
        case .present: startPresenting(at: 0)
        case .reject: correct { .reject($0) }
        case .polaritySupport: correct { .setPolarity($0, .support) }
        case .polarityOppose: correct { .setPolarity($0, .oppose) }
        case .polarityNeutral: correct { .setPolarity($0, .neutral) }
        case .setHolder:
            guard let point = pointInFocus() else { return }
            overlay = .research(.prompt(LinePrompt(
                purpose: .holder(PointAnchor(point)), title: "Holder (Tab completes, empty clears)",
                text: point.holder?.name ?? "", candidates: corpus.holderNames)))
        case .linkClaim:
            guard let point = pointInFocus() else { return }
            overlay = .research(.claimPicker(anchor: PointAnchor(point), position: ListPosition()))
        case .addPoint: addReaderSentence()
        case .editNote: editNote()
        case .undo:
            guard let change = research.undo() else {
                message = "Nothing to undo"
                return
            }
            researchChanged()
            message = "Undone: \(change.summary)"
        default: break
        }
    }

    /// The point a correction applies to: the selected point, or the selected
    /// cross-reference's point when that pane has focus.
    func pointInFocus() -> StancePoint? {
        if focus == .references, let entry = selectedReference { return entry.point }
        return selectedPoint
    }

    private mutating func correct(_ change: (PointAnchor) -> Annotation) {
        guard let point = pointInFocus() else {
            message = "Select a stance point first (3 focuses the Stance points pane)"
            return
        }
        let annotation = change(PointAnchor(point))
        research.record(annotation)
        researchChanged()
        message = "\(annotation.summary) · u undoes"
    }

    private mutating func addToTrail() {
        let anchor: PointAnchor
        if focus == .reader || pointInFocus() == nil {
            guard let (document, sentence) = readerSentence else {
                message = "Nothing to add: open a document first"
                return
            }
            anchor = PointAnchor(document: document.id, range: sentence.range, quote: document.text(in: sentence.range))
        } else {
            anchor = PointAnchor(pointInFocus()!)
        }
        research.changeTrail { $0.append(TrailStep(anchor: anchor)) }
        message = "Added to trail “\(research.trail.name)” as step \(research.trail.steps.count) · t shows the trail, p presents"
    }

    private mutating func addReaderSentence() {
        guard focus == .reader, let (document, sentence) = readerSentence else {
            message = "A adds the Reader's current sentence as a point: focus the Reader first (2)"
            return
        }
        let anchor = PointAnchor(document: document.id, range: sentence.range, quote: document.text(in: sentence.range))
        if corpus.points(inDocument: document.id).contains(where: { $0.range == sentence.range }) {
            message = "That sentence is already a point"
            return
        }
        research.record(.addPoint(anchor, holder: nil, polarity: .neutral))
        researchChanged()
        message = "Point added (neutral, no holder): H sets the holder, +/-/= the polarity"
    }

    private mutating func editNote() {
        let target: NoteTarget
        switch focus {
        case .documents, .reader:
            guard let document = selectedDocument else { return }
            target = .document(document.id)
        case .points, .references:
            guard let point = pointInFocus() else { return }
            target = .point(PointAnchor(point))
        }
        research.request(.editNote(.annotation(target), text: research.note(on: target)))
    }

    /// Starts presenter mode at step `index`.
    mutating func startPresenting(at index: Int) {
        guard !research.trail.steps.isEmpty else {
            message = "The trail is empty: m adds the selected point to it"
            return
        }
        var presentation = Presentation(trail: research.trail)
        presentation.go(to: index)
        overlay = .research(.presenter(presentation))
        research.request(.publishPresenterStep(trail: research.trail.name, step: presentation.step))
    }

    /// Applies an event reported by the terminal loop or a background watcher.
    mutating func handleResearch(_ event: ResearchEvent) {
        switch event {
        case .noteEdited(let editing, let text):
            saveNote(editing, text: text)
        case .editorUnavailable(let editing):
            let (title, text) = switch editing {
            case .step(let index): ("Presenter note for step \(index + 1)", research.trail.steps.indices.contains(index) ? research.trail.steps[index].note : "")
            case .annotation(let target): ("Note", research.note(on: target))
            }
            let purpose: LinePrompt.Purpose = switch editing {
            case .step(let index): .stepNote(index)
            case .annotation(let target): .note(target)
            }
            overlay = .research(.prompt(LinePrompt(purpose: purpose, title: title + " (Enter saves, Esc cancels)", text: text)))
        case .saveFailed(let problem):
            message = problem
        case .presenterFollowed(let step):
            switch researchOverlay {
            case .presenter(var presentation)?:
                presentation.go(to: step)
                overlay = .research(.presenter(presentation))
            case .notes(var presentation)?:
                presentation.go(to: step)
                overlay = .research(.notes(presentation))
            default: break
            }
        case .clockTicked(let clock):
            research.clock = clock
        case .trailOpened(let trail):
            research.trail = trail
            if !research.savedTrails.contains(trail.name) { research.savedTrails = (research.savedTrails + [trail.name]).sorted() }
            overlay = .research(.trail(ListPosition()))
            message = "Trail “\(trail.name)” (\(trail.steps.count) step\(trail.steps.count == 1 ? "" : "s")): m adds to it, p presents it"
        }
    }

    mutating func saveNote(_ editing: NoteEditing, text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch editing {
        case .step(let index):
            guard research.trail.steps.indices.contains(index) else { return }
            research.changeTrail { $0.steps[index].note = trimmed }
            message = "Presenter note saved for step \(index + 1)"
        case .annotation(let target):
            guard trimmed != research.note(on: target) else { return }
            research.record(.note(target, trimmed))
            researchChanged()
            message = trimmed.isEmpty ? "Note removed · u undoes" : "Note saved · u undoes"
        }
    }
}

extension StancePoint {
    /// "✎ " before a point the researcher changed or added, so every list shows it.
    public var correctionMark: String { source == .annotation ? "✎ " : "" }
}

extension AppState {
    /// A point's one-line explanation, saying when the researcher corrected it
    /// and showing the note on it.
    public func annotatedExplanation(_ explanation: String, of point: StancePoint) -> String {
        var prefix = point.source == .annotation ? "✎ corrected · " : ""
        if let note = research.annotated.pointNotes[point.id] { prefix += "note: " + TextSanitizer.snippet(note) + " · " }
        return prefix + explanation
    }
}

extension AppState {
    /// " · 3 corrected" for the status bar, or nothing before the first correction.
    public var correctionSummary: String {
        let count = research.annotated.correctedPointCount
        return count > 0 ? " · \(count) corrected" : ""
    }
}

extension AppState {
    /// "✎ " before a document the researcher noted or corrected a point of
    /// (rejected points count: they are gone from the lists but not from the work).
    public func documentMark(_ id: String) -> String {
        let annotated = research.annotated
        let touched = annotated.documentNotes[id] != nil
            || annotated.rejected.contains { $0.document == id }
            || corpus.points(inDocument: id).contains { $0.source == .annotation || annotated.pointNotes[$0.id] != nil }
        return touched ? "✎ " : ""
    }
}
