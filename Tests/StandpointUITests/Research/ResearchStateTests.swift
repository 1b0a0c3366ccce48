import StandpointModel
import Testing
@testable import StandpointUI

@Suite struct ResearchStateTests {
    let corpus = PresenterFixture.corpus

    @Test func aCorrectionChangesWhatIsShownAndIsSavedAtOnce() {
        var research = ResearchState(base: corpus)
        let anchor = PointAnchor(corpus.point("p2")!)
        research.record(.setPolarity(anchor, .oppose))
        #expect(research.annotated.corpus.point("p2")?.polarity == .oppose)
        #expect(research.annotated.corpus.point("p2")?.source == .annotation)
        let effects = research.takeEffects()
        #expect(effects == [.saveAnnotations(research.annotations)])
        #expect(research.effects.isEmpty)
    }

    @Test func undoRestoresAndSavesToo() {
        var research = ResearchState(base: corpus)
        research.record(.reject(PointAnchor(corpus.point("p3")!)))
        #expect(research.annotated.corpus.point("p3") == nil)
        let undone = research.undo()
        #expect(undone == .reject(PointAnchor(corpus.point("p3")!)))
        #expect(research.annotated.corpus.point("p3") != nil)
        #expect(research.effects.last == .saveAnnotations(Annotations()))
        _ = research.takeEffects()
        let nothing = research.undo()
        #expect(nothing == nil)
        #expect(research.effects.isEmpty)
    }

    @Test func annotationsMadeBeforeTheAnalysisFinishedApplyToIt() {
        var research = ResearchState(base: .empty(root: "papers"))
        research.record(.note(.document("a"), "read first"))
        #expect(research.annotated.documentNotes.isEmpty)
        research.rebase(on: corpus)
        #expect(research.note(on: .document("a")) == "read first")
    }

    @Test func renamingATrailSavesTheNewFileAndRemovesTheOld() {
        var research = ResearchState(base: corpus, trail: Trail(name: "draft"), savedTrails: ["draft", "other"])
        let renames = [research.renameTrail(to: "other"), research.renameTrail(to: "../x"), research.renameTrail(to: "final")]
        #expect(renames == [false, false, true])
        #expect(research.savedTrails == ["final", "other"])
        #expect(research.effects == [.saveTrail(Trail(name: "final")), .deleteTrail(name: "draft")])
    }
}

@Suite struct LinePromptTests {
    @Test func typingCompletesFromKnownHolders() {
        var prompt = LinePrompt(purpose: .trailName, title: "Holder", candidates: ["China", "NATO", "Russia", "United States"])
        for character in "s" { prompt.insert(character) }
        #expect(prompt.matches == ["Russia", "United States"])
        prompt.complete()
        #expect(prompt.text == "Russia")
        prompt.complete()
        #expect(prompt.text == "United States")
        prompt.deleteBackward()
        prompt.insert("\u{1B}")
        #expect(prompt.text == "United State")
    }
}
