import StandpointModel
import Testing
@testable import StandpointUI

/// Trails and corrections as a user makes them, key by key, on the fixture corpus.
@Suite struct AppStateResearchTests {
    func browser() -> AppState { Fixtures.state() }

    func saves(_ state: inout AppState) -> [ResearchEffect] { state.research.takeEffects() }

    @Test func mAddsPointsToTheTrailAndSavesIt() {
        var state = browser()
        Fixtures.press("3 m j m", on: &state)
        #expect(state.research.trail.steps.map(\.anchor.quote) == [
            "Beijing urged NATO to abandon its Cold War mentality.",
            "Zhang Jun said that expanding military blocs does not bring security.",
        ])
        #expect(state.message == "Added to trail “trail” as step 2 · t shows the trail, p presents")
        #expect(saves(&state).last == .saveTrail(state.research.trail))
    }

    @Test func inTheReaderMAddsTheCurrentSentence() {
        var state = browser()
        Fixtures.press("/ weather Enter", on: &state)
        #expect(state.focus == .reader)
        Fixtures.press("m", on: &state)
        #expect(state.research.trail.steps.map(\.anchor.quote) == ["The weather was mild in Brussels."])
    }

    @Test func theTrailPaneReordersRemovesAndRenames() {
        var state = browser()
        Fixtures.press("3 m j m t", on: &state)
        #expect(Screen.text(state).contains("Trail “trail” (2 steps)"))
        Fixtures.press("K", on: &state)
        #expect(state.research.trail.steps.first?.anchor.quote.hasPrefix("Zhang Jun") == true)
        Fixtures.press("d", on: &state)
        #expect(state.research.trail.steps.count == 1)
        Fixtures.press("r", on: &state)
        for _ in 0..<5 { state.update(.keyPressed(.backspace)) }
        Fixtures.press("briefing Enter", on: &state)
        #expect(state.research.trail.name == "briefing")
        #expect(state.researchOverlay == .trail(ListPosition()))
        #expect(saves(&state).suffix(2) == [.saveTrail(state.research.trail), .deleteTrail(name: "trail")])
        Fixtures.press("Esc", on: &state)
        #expect(state.overlay == nil)
    }

    @Test func theTrailPaneOpensOtherTrailsByName() {
        var state = browser()
        state.research.savedTrails = ["briefing", "trail"]
        Fixtures.press("3 m t n", on: &state)
        _ = saves(&state)
        Fixtures.press("second Enter", on: &state)
        #expect(saves(&state) == [.openTrail(name: "second")])
        state.update(.research(.trailOpened(Trail(name: "second"))))
        #expect(state.research.trail.name == "second")
        #expect(state.research.savedTrails == ["briefing", "second", "trail"])
        #expect(Screen.text(state).contains("Trail “second” (0 steps)"))
        Fixtures.press("]", on: &state)
        #expect(saves(&state) == [.openTrail(name: "trail")])
        Fixtures.press("[", on: &state)
        #expect(saves(&state) == [.openTrail(name: "briefing")])
    }

    @Test func polarityCorrectionIsMarkedCountedSavedAndUndone() {
        var state = browser()
        Fixtures.press("3 +", on: &state)
        #expect(state.selectedPoint?.polarity == .support)
        #expect(state.selectedPoint?.source == .annotation)
        let screen = Screen.text(state)
        #expect(screen.contains("✎ Beijing urged NATO"))
        #expect(screen.contains("· 1 corrected"))
        #expect(saves(&state) == [.saveAnnotations(state.research.annotations)])
        Fixtures.press("u", on: &state)
        #expect(state.selectedPoint?.polarity == .oppose)
        #expect(state.message == "Undone: polarity set to support")
        #expect(!Screen.text(state).contains("corrected"))
    }

    @Test func rejectRemovesThePointEverywhere() {
        var state = browser()
        #expect(!Screen.text(state).contains("✎"))
        Fixtures.press("3 x", on: &state)
        #expect(Screen.text(state).contains("✎ Alpha: NATO"))
        #expect(state.documentPoints.map(\.id) == ["p2"])
        #expect(state.corpus.claim("c1")?.points == ["p3", "p4"])
        #expect(Screen.text(state).contains("Stance points (1)"))
    }

    @Test func holderPromptCompletesFromKnownHolders() {
        var state = browser()
        Fixtures.press("3 H", on: &state)
        guard case .prompt(let prompt)? = state.researchOverlay else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.text == "China")
        for _ in 0..<5 { state.update(.keyPressed(.backspace)) }
        Fixtures.press("Ru Tab Enter", on: &state)
        #expect(state.selectedPoint?.holder?.name == "Russia")
        #expect(state.overlay == nil)
    }

    @Test func linkMovesThePointToAnotherClaimAndTheFirstRowUnlinks() {
        var state = browser()
        Fixtures.press("3 j L", on: &state)
        #expect(Screen.text(state).contains("No claim: unlink it from its claim"))
        Fixtures.press("j Enter", on: &state)
        #expect(state.selectedPoint?.claim == "c1")
        #expect(state.corpus.claim("c2") == nil)
        Fixtures.press("L Enter", on: &state)
        #expect(state.selectedPoint?.claim == nil)
    }

    @Test func aReaderSentenceBecomesAPoint() {
        var state = browser()
        Fixtures.press("/ weather Enter A", on: &state)
        #expect(state.documentPoints.map(\.text).contains("The weather was mild in Brussels."))
        #expect(state.corpus.points.first { $0.text == "The weather was mild in Brussels." }?.source == .annotation)
        Fixtures.press("A", on: &state)
        #expect(state.message == "That sentence is already a point")
    }

    @Test func notesGoThroughTheEditorOrTheOneLineEditor() {
        var state = browser()
        Fixtures.press("3 e", on: &state)
        let anchor = PointAnchor(state.selectedPoint!)
        #expect(saves(&state) == [.editNote(.annotation(.point(anchor)), text: "")])
        state.update(.research(.noteEdited(.annotation(.point(anchor)), "check the date\n")))
        #expect(state.research.annotated.pointNotes["p1"] == "check the date")
        #expect(Screen.text(state).contains("note: check the date"))
        Fixtures.press("1 e", on: &state)
        state.update(.research(.editorUnavailable(.annotation(.document("alpha")))))
        Fixtures.press("state Space media Enter", on: &state)
        #expect(state.research.annotated.documentNotes["alpha"] == "state media")
    }

    @Test func presenterModeStepsThroughTheTrailAndPublishesTheStep() {
        var state = browser()
        Fixtures.press("3 m j m p", on: &state)
        #expect(Screen.text(state).contains("step 1/2"))
        _ = saves(&state)
        Fixtures.press("Space", on: &state)
        #expect(Screen.text(state).contains("step 2/2"))
        #expect(saves(&state) == [.publishPresenterStep(trail: "trail", step: 1)])
        Fixtures.press("l", on: &state)
        #expect(saves(&state).isEmpty)
        state.update(.research(.presenterFollowed(0)))
        #expect(Screen.text(state).contains("step 1/2"))
        Fixtures.press("o", on: &state)
        #expect(state.overlay == nil)
        #expect(state.focus == .reader)
        #expect(state.selectedPoint?.id == "p1")
    }

    @Test func leavingAStandalonePresentationQuits() {
        var state = browser()
        Fixtures.press("3 m p", on: &state)
        state.research.presentOnly = true
        Fixtures.press("q", on: &state)
        #expect(state.isFinished)
    }

    @Test func presentingAnEmptyTrailSaysHowToFillIt() {
        var state = browser()
        Fixtures.press("p", on: &state)
        #expect(state.overlay == nil)
        #expect(state.message == "The trail is empty: m adds the selected point to it")
    }
}
