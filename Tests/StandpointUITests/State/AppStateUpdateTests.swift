import StandpointModel
import Testing
@testable import StandpointUI

@Suite struct AppStateUpdateTests {
    @Test func tabAndNumbersChooseThePane() {
        var state = Fixtures.state()
        Fixtures.press("Tab", on: &state)
        #expect(state.focus == .reader)
        Fixtures.press("S-Tab S-Tab", on: &state)
        #expect(state.focus == .references)
        Fixtures.press("3", on: &state)
        #expect(state.focus == .points)
    }

    @Test func movingInDocumentsSelectsTheDocumentAndItsFirstPoint() {
        var state = Fixtures.state()
        Fixtures.press("3 j", on: &state)
        #expect(state.pointList.selected == 1)
        Fixtures.press("1 j", on: &state)
        #expect(state.documentList.selected == 1)
        #expect(state.selectedDocument?.id == "beta")
        #expect(state.pointList.selected == 0)
        #expect(state.selectedPoint?.id == "p3")
        Fixtures.press("G", on: &state)
        #expect(state.selectedDocument?.id == "gamma")
        Fixtures.press("j j g", on: &state)
        #expect(state.selectedDocument?.id == "alpha")
    }

    @Test func enterOpensDocumentThenPointInTheReader() {
        var state = Fixtures.state()
        Fixtures.press("Enter", on: &state)
        #expect(state.focus == .points)
        Fixtures.press("j Enter", on: &state)
        #expect(state.focus == .reader)
        #expect(state.selectedPoint?.id == "p2")
        let line = state.readerText!.line(containing: state.selectedPoint!.range.start)
        #expect(line >= state.readerTopLine && line < state.readerTopLine + state.contentRect(of: .reader).height)
    }

    @Test func followingACrossReferenceJumpsAndBackReturns() {
        var state = Fixtures.state()
        Fixtures.press("4", on: &state)
        #expect(state.referenceEntries.map(\.point.id) == ["p3", "p4"])
        Fixtures.press("j Enter", on: &state)
        #expect(state.selectedDocument?.id == "beta")
        #expect(state.selectedPoint?.id == "p4")
        #expect(state.history.count == 1)
        #expect(state.referenceEntries.map(\.point.id) == ["p1"])
        Fixtures.press("b", on: &state)
        #expect(state.selectedDocument?.id == "alpha")
        #expect(state.selectedPoint?.id == "p1")
        #expect(state.focus == .references)
        #expect(state.history.isEmpty && state.future.count == 1)
        Fixtures.press("f", on: &state)
        #expect(state.selectedPoint?.id == "p4")
        Fixtures.press("Backspace", on: &state)
        #expect(state.selectedPoint?.id == "p1")
    }

    @Test func sameClaimKeysVisitTheOtherDocumentsThatMakeTheClaim() {
        var state = Fixtures.state()
        Fixtures.press("]", on: &state)
        #expect(state.selectedDocument?.id == "beta")
        #expect(state.selectedPoint?.id == "p3")
        #expect(state.message?.contains("Abandon the Cold War mentality") == true)
        Fixtures.press("[", on: &state)
        #expect(state.selectedPoint?.id == "p1")
        Fixtures.press("3 j ]", on: &state)
        #expect(state.selectedPoint?.id == "p2")
        #expect(state.message == "no other document makes this claim")
    }

    @Test func sameClaimKeysWrapAroundTheCorpusAndSkipOtherClaims() {
        var state = AppState(corpus: ListOverlayTests.manyDocuments(100), size: Size(columns: 120, rows: 40), theme: .monochrome)
        // "small" is made in every fifth document, "big" in the others.
        let steps = [("]", "doc005"), ("[ [", "doc095"), ("]", "doc000"), ("j [", "doc099"), ("] ] ]", "doc003")]
        for (keys, document) in steps {
            Fixtures.press(keys, on: &state)
            #expect(state.selectedDocument?.id == document, "after \(keys)")
        }
        #expect(state.message == "same claim “Restraint, said often”: document 4/100")
    }

    @Test func aNewAnalysisShowsTheNewCrossReferencesOfTheSamePoint() {
        var state = Fixtures.state()
        Fixtures.press("4", on: &state)
        #expect(state.selectedPoint?.id == "p1")
        #expect(state.referenceEntries.map(\.point.id) == ["p3", "p4"])
        let unlinked = Corpus(root: "fixtures/", documents: Fixtures.corpus.documents,
                              points: Fixtures.corpus.points.map { $0.withClaim(nil) })
        state.update(.analysisFinished(unlinked, warnings: []))
        #expect(state.selectedPoint?.id == "p1")
        #expect(state.referenceEntries.isEmpty)
        #expect(Screen.text(state).contains("No other document makes this point's claim."))
    }

    @Test func searchListsSentencesAndEnterJumpsThenNSteps() {
        var state = Fixtures.state()
        Fixtures.press("/ cold", on: &state)
        guard case .search(let prompt) = state.overlay else {
            Issue.record("no search prompt")
            return
        }
        #expect(prompt.query == "cold")
        #expect(prompt.hits.map(\.document) == ["alpha", "beta"])
        Fixtures.press("Down Enter", on: &state)
        #expect(state.overlay == nil)
        #expect(state.focus == .reader)
        #expect(state.selectedDocument?.id == "beta")
        #expect(state.currentSearchHit?.document == "beta")
        Fixtures.press("n", on: &state)
        #expect(state.selectedDocument?.id == "alpha")
        Fixtures.press("N", on: &state)
        #expect(state.selectedDocument?.id == "beta")
        Fixtures.press("/ Esc", on: &state)
        #expect(state.overlay == nil)
    }

    @Test func claimsOverviewListsByDocumentsAndJumpsToAPoint() {
        var state = Fixtures.state()
        Fixtures.press("c", on: &state)
        guard case .lists(let stack) = state.overlay else {
            Issue.record("no claims overview")
            return
        }
        #expect(stack.map(\.kind) == [.claims])
        #expect(state.overlayRows(for: .claims).first?.target == .claim("c1"))
        Fixtures.press("Enter", on: &state)
        #expect(state.overlayRows(for: .claimPoints("c1")).map(\.target) == [.point("p1"), .point("p3"), .point("p4")])
        Fixtures.press("b", on: &state)
        if case .lists(let stack) = state.overlay { #expect(stack.count == 1) } else { Issue.record("closed too far") }
        Fixtures.press("Enter G Enter", on: &state)
        #expect(state.overlay == nil)
        #expect(state.selectedPoint?.id == "p4")
        #expect(state.history.count == 1)
    }

    @Test func holdersOverviewListsHoldersWithTheirPoints() {
        var state = Fixtures.state()
        Fixtures.press("a", on: &state)
        #expect(state.overlayRows(for: .holders).map(\.target) == [.holder("China"), .holder("Russia")])
        Fixtures.press("j Enter Enter", on: &state)
        #expect(state.selectedPoint?.id == "p6")
    }

    @Test func helpOpensAndClosesAndQuitQuits() {
        var state = Fixtures.state()
        Fixtures.press("?", on: &state)
        #expect(state.overlay == .help(top: 0))
        Fixtures.press("Esc", on: &state)
        #expect(state.overlay == nil)
        Fixtures.press("? q", on: &state)
        #expect(state.overlay == nil && !state.isFinished)
        Fixtures.press("q", on: &state)
        #expect(state.isFinished)
    }

    @Test func unboundKeysSayHowToGetHelp() {
        var state = Fixtures.state()
        Fixtures.press("z", on: &state)
        #expect(state.message == "z is not bound; press ? for help")
        Fixtures.press("j", on: &state)
        #expect(state.message == nil)
    }

    @Test func clickSelectsTheRowAndFocusesItsPane() {
        var state = Fixtures.state()
        let points = state.layout.content(of: .points)!
        state.update(.mouseClicked(column: points.x + 3, row: points.y + 1))
        #expect(state.focus == .points)
        #expect(state.selectedPoint?.id == "p2")
        let documents = state.layout.content(of: .documents)!
        state.update(.mouseClicked(column: documents.x + 3, row: documents.y + 2))
        #expect(state.selectedDocument?.id == "gamma")
        state.update(.wheelScrolled(lines: -3, column: documents.x + 3, row: documents.y))
        #expect(state.selectedDocument?.id == "alpha")
    }

    @Test func analysisProgressThenCorpusArriveAsActions() {
        var state = AppState(
            corpus: .empty(root: "fixtures/"), size: Size(columns: 120, rows: 40), theme: .monochrome,
            analysis: .running(done: 0, total: 0, stage: "discovering"))
        state.update(.analysisProgressed(done: 1, total: 3, stage: "extracting"))
        #expect(state.analysis == .running(done: 1, total: 3, stage: "extracting"))
        #expect(Screen.text(state).contains("Analysing… 1/3 documents"))
        Fixtures.press("j j", on: &state)
        state.update(.analysisFinished(Fixtures.corpus, warnings: ["x.pdf: skipped"]))
        #expect(state.analysis == .finished(warnings: 1))
        #expect(state.selectedDocument?.id == "alpha")
        #expect(state.warnings == ["x.pdf: skipped"])
    }

    @Test func resizingKeepsTheReaderOnTheSameText() {
        var state = Fixtures.state(columns: 40, rows: 10)
        Fixtures.press("1 j 3 j 2", on: &state)
        let point = state.selectedPoint!
        state.update(.resized(Size(columns: 120, rows: 40)))
        let text = state.readerText!
        let line = text.line(containing: point.range.start)
        #expect(line >= state.readerTopLine && line < state.readerTopLine + state.contentRect(of: .reader).height)
    }
}

@Suite struct AppStateProgressTests {
    @Test func ticksAnimateTheSpinnerWhileAnalysing() {
        var state = AppState(
            corpus: .empty(root: "big/"), size: Size(columns: 120, rows: 40), theme: .monochrome,
            analysis: .running(done: 0, total: 0, stage: "discovering"))
        let before = StatusBar.summary(state, compact: false)
        state.update(.ticked)
        #expect(state.ticks == 1)
        #expect(StatusBar.summary(state, compact: false) != before)
        #expect(before.contains("analysing: discovering 0/0 documents"))
    }

    @Test func theSelectedPointsLinesAreMarkedInTheReaderMargin() {
        var state = Fixtures.state(columns: 80, rows: 24)
        Fixtures.press("3 j 2", on: &state)
        let lines = Fixtures.render(state).lines
        let marked = lines.filter { $0.hasPrefix("│▌") }
        #expect(marked.count == 1)
        #expect(marked.first?.contains("Zhang Jun said") == true)
    }
}
