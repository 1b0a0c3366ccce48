import StandpointModel

extension AppState {
    /// Handles a key while a research overlay is open; each overlay has its
    /// own small set of keys (docs/presenting.md, docs/annotating.md).
    mutating func pressInResearchOverlay(_ key: Key, _ current: ResearchOverlay) {
        switch current {
        case .trail(let position): pressInTrail(key, position)
        case .prompt(let prompt): pressInPrompt(key, prompt)
        case .claimPicker(let anchor, let position): pressInClaimPicker(key, anchor, position)
        case .presenter(let presentation): pressInPresenter(key, presentation, notes: false)
        case .notes(let presentation): pressInPresenter(key, presentation, notes: true)
        }
    }

    private mutating func pressInTrail(_ key: Key, _ position: ListPosition) {
        var position = position
        let count = research.trail.steps.count
        let selected = min(position.selected, max(0, count - 1))
        switch key {
        case .character("j"), .down: position.selected = min(max(0, count - 1), selected + 1)
        case .character("k"), .up: position.selected = max(0, selected - 1)
        case .character("J"), .character("K"):
            guard count > 1 else { return }
            var moved = selected
            research.changeTrail { moved = $0.move(at: selected, by: key == .character("J") ? 1 : -1) }
            position.selected = moved
        case .character("d"), .delete:
            guard count > 0 else { return }
            research.changeTrail { $0.remove(at: selected) }
            position.selected = max(0, min(selected, count - 2))
            message = "Step \(selected + 1) removed"
        case .character("e"):
            guard count > 0 else { return }
            research.request(.editNote(.step(selected), text: research.trail.steps[selected].note))
        case .character("r"):
            overlay = .research(.prompt(LinePrompt(
                purpose: .trailName, title: "Rename trail (Enter saves, Esc cancels)", text: research.trail.name)))
            return
        case .character("p"):
            startPresenting(at: selected)
            return
        case .character("n"):
            overlay = .research(.prompt(LinePrompt(
                purpose: .openTrail, title: "Open or start the trail named (Tab completes, Enter opens)",
                candidates: research.savedTrails)))
            return
        case .character("]"), .character("["):
            let names = research.savedTrails
            guard names.count > 1, let current = names.firstIndex(of: research.trail.name) ?? names.indices.first else {
                message = "No other saved trail: n starts one"
                return
            }
            let step = key == .character("]") ? 1 : names.count - 1
            research.request(.openTrail(name: names[(current + step) % names.count]))
            return
        case .enter:
            guard count > 0 else { return }
            overlay = nil
            openStep(selected)
            return
        case .escape, .character("q"), .character("t"):
            overlay = nil
            return
        default:
            return
        }
        overlay = .research(.trail(position))
    }

    private mutating func pressInPrompt(_ key: Key, _ prompt: LinePrompt) {
        var prompt = prompt
        switch key {
        case .escape:
            overlay = prompt.returnsToTrail ? .research(.trail(ListPosition(selected: prompt.stepIndex ?? 0))) : nil
            return
        case .enter:
            overlay = prompt.returnsToTrail ? .research(.trail(ListPosition(selected: prompt.stepIndex ?? 0))) : nil
            confirm(prompt)
            return
        case .backspace, .delete: prompt.deleteBackward()
        case .tab: prompt.complete()
        case .character(let character): prompt.insert(character)
        default: return
        }
        overlay = .research(.prompt(prompt))
    }

    private mutating func confirm(_ prompt: LinePrompt) {
        let text = prompt.text.trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .holder(let anchor):
            research.record(.setHolder(anchor, text))
            researchChanged()
            message = (text.isEmpty ? "Holder cleared" : "Holder set to \(text)") + " · u undoes"
        case .note(let target):
            saveNote(.annotation(target), text: text)
        case .stepNote(let index):
            saveNote(.step(index), text: text)
        case .openTrail:
            guard Trail.isValidName(text) else {
                message = "“\(text)” cannot name a trail file"
                return
            }
            research.request(.openTrail(name: text))
        case .trailName:
            message = research.renameTrail(to: text)
                ? "Trail renamed to “\(research.trail.name)”"
                : "“\(text)” cannot be used: it is empty, taken, or not a file name"
        }
    }

    private mutating func pressInClaimPicker(_ key: Key, _ anchor: PointAnchor, _ position: ListPosition) {
        var position = position
        let claims = linkableClaims
        switch key {
        case .character("j"), .down: position.selected += 1
        case .character("k"), .up: position.selected -= 1
        case .pageDown, .character(" "): position.selected += max(1, overlayListHeight - 1)
        case .pageUp: position.selected -= max(1, overlayListHeight - 1)
        case .escape, .character("q"):
            overlay = nil
            return
        case .enter:
            overlay = nil
            if position.selected == 0 {
                research.record(.unlink(anchor))
            } else {
                let claim = claims[position.selected - 1]
                guard let member = corpus.points(ofClaim: claim.id).first else { return }
                research.record(.link(anchor, claimOf: PointAnchor(member), label: claim.label))
            }
            researchChanged()
            message = "\(research.annotations.changes.last?.summary ?? "") · u undoes"
            return
        default: return
        }
        position.clamp(count: claims.count + 1, visible: overlayListHeight)
        overlay = .research(.claimPicker(anchor: anchor, position: position))
    }

    /// Claims to offer in the link list, by how many documents make them.
    public var linkableClaims: [Claim] {
        corpus.claims.enumerated().sorted {
            ($0.element.documents.count, -$0.offset) > ($1.element.documents.count, -$1.offset)
        }.map(\.element)
    }

    private mutating func pressInPresenter(_ key: Key, _ presentation: Presentation, notes: Bool) {
        var presentation = presentation
        var moved = false
        switch key {
        case .character(" "), .character("l"), .right, .pageDown, .character("j"), .down: moved = presentation.next()
        case .character("h"), .left, .pageUp, .character("k"), .up, .backspace: moved = presentation.previous()
        case .character("o") where !notes:
            overlay = nil
            research.presentOnly = false
            if !presentation.isEmpty { openStep(presentation.step) }
            return
        case .escape, .character("q"):
            overlay = nil
            if research.presentOnly { isFinished = true }
            return
        default: return
        }
        overlay = .research(notes ? .notes(presentation) : .presenter(presentation))
        if moved { research.request(.publishPresenterStep(trail: presentation.trail.name, step: presentation.step)) }
    }

    /// Shows step `index` of the trail in the browser: its point selected, or its sentence in the Reader.
    mutating func openStep(_ index: Int) {
        guard research.trail.steps.indices.contains(index) else { return }
        let step = research.trail.steps[index]
        switch corpus.resolve(step) {
        case .point(let point): jump(toPoint: point.id, focus: .reader)
        case .passage(let document, let range): jump(toDocument: document, offset: range.start, focus: .reader)
        case .missing: message = "Step \(index + 1) is missing: its text “\(TextSanitizer.snippet(step.anchor.quote))” is no longer in the corpus"
        }
    }
}

extension LinePrompt {
    /// Whether closing the prompt goes back to the trail pane.
    var returnsToTrail: Bool {
        switch purpose {
        case .stepNote, .trailName, .openTrail: true
        case .holder, .note: false
        }
    }

    /// The trail step the prompt edits, if any.
    var stepIndex: Int? {
        if case .stepNote(let index) = purpose { return index }
        return nil
    }
}
