import StandpointModel
import Testing
@testable import StandpointUI

/// The presenter's screens rendered into a cell buffer, as an audience would see them.
@Suite struct PresenterViewTests {
    let trail = Trail(name: "briefing", steps: [
        TrailStep(anchor: PointAnchor(Fixtures.corpus.point("p1")!), note: "Open with Beijing's demand."),
        TrailStep(anchor: PointAnchor(Fixtures.corpus.point("p5")!)),
    ])

    func render(_ size: Size, step: Int = 0) -> CellBuffer {
        var presentation = Presentation(trail: trail)
        presentation.go(to: step)
        var buffer = CellBuffer(size: size)
        PresenterView.draw(
            presentation.slide(in: Fixtures.corpus, contextSentences: Presentation.contextSentences(for: size)),
            trailName: trail.name, theme: .monochrome, on: &buffer)
        return buffer
    }

    func lines(_ buffer: CellBuffer) -> [String] {
        buffer.plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The screen's words on one line, for text that wraps.
    func flat(_ lines: [String]) -> String {
        lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    @Test func at80x24EverythingAStepNeedsIsOnScreen() {
        let buffer = render(Size(columns: 80, rows: 24))
        let text = lines(buffer)
        #expect(text[1].contains("Abandon the Cold War mentality") && text[1].hasSuffix("step 1/2"))
        #expect(text.contains { $0.contains("Beijing urged NATO to abandon its Cold War mentality.") })
        #expect(flat(text).contains("The weather was mild in Brussels."))
        #expect(text.contains { $0.contains("— Beijing (China) − oppose") })
        #expect(text.contains { $0.contains("in Alpha: NATO and the Cold War") })
        #expect(text.contains { $0.contains("Also made in 1 other document:") })
        #expect(text.contains { $0.contains("Beta — 北京 statement 🌏 — China, Wang Yi (China)") })
        #expect(!buffer.plainText.contains("Open with Beijing's demand."), "the note stays off the audience screen")
        #expect(text.last?.contains("Space next") == true)
        #expect(text.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func thePointIsHighlightedInItsContext() throws {
        let buffer = render(Size(columns: 80, rows: 24))
        let text = lines(buffer)
        let row = try #require(text.firstIndex { $0.contains("Beijing urged") })
        let column = DisplayWidth.of(String(text[row].prefix(upTo: text[row].range(of: "Beijing urged")!.lowerBound)))
        #expect(buffer.cell(column: column, row: row).style.bold)
        let weather = try #require(text.firstIndex { $0.contains("The weather") })
        let weatherColumn = DisplayWidth.of(String(text[weather].prefix(upTo: text[weather].range(of: "The weather")!.lowerBound)))
        #expect(!buffer.cell(column: weatherColumn, row: weather).style.bold)
    }

    @Test func aLargeTerminalGetsWiderMarginsAndMoreContext() {
        let small = lines(render(Size(columns: 80, rows: 24)))
        let large = lines(render(Size(columns: 200, rows: 60)))
        func indent(_ lines: [String]) -> Int { lines[1].prefix { $0 == " " }.count }
        #expect(indent(large) > indent(small) + 20)
        #expect(!flat(small).contains("Observers noted a long meeting."))
        #expect(flat(large).contains("Observers noted a long meeting."))
    }

    @Test func aTinyTerminalStillShowsTheHeadingAndStep() {
        let text = lines(render(Size(columns: 40, rows: 12), step: 1))
        #expect(text[0].contains("step 2/2"))
        #expect(text.joined().contains("Negotiations"))
    }

    @Test func theNotesScreenShowsTheNoteTheNextStepAndTheClock() {
        var buffer = CellBuffer(size: Size(columns: 80, rows: 24))
        PresenterNotesView.draw(Presentation(trail: trail), corpus: Fixtures.corpus, clock: "14:05:09", theme: .monochrome, on: &buffer)
        let text = lines(buffer)
        #expect(text[0].hasPrefix("  Notes · briefing") && text[0].hasSuffix("14:05:09"))
        #expect(text.contains { $0.contains("Now, step 1/2: Abandon the Cold War mentality") })
        #expect(text.contains { $0.contains("Open with Beijing's demand.") })
        #expect(text.contains { $0.contains("Next, step 2/2: Negotiations are the way out") })
        #expect(text.contains { $0.contains("“The ministry welcomes dialogue and supports negotiations.”") })
    }
}

/// Reviewed frames of presenter mode and the trail pane, at three sizes.
@Suite struct PresenterSnapshotTests {
    func browserPresenting(_ size: Size) -> AppState {
        var state = Fixtures.state(columns: size.columns, rows: size.rows)
        Fixtures.press("3 m 1 j 3 j m p", on: &state)
        return state
    }

    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12), Size(columns: 160, rows: 48)])
    func presenterFrames(size: Size) {
        Snapshot.assert(Screen.text(browserPresenting(size)), named: "presenter-\(size.columns)x\(size.rows)")
    }

    @Test func trailPaneFrame() {
        var state = Fixtures.state(columns: 80, rows: 24)
        Fixtures.press("3 m 1 j 3 j m t", on: &state)
        Snapshot.assert(Screen.text(state), named: "trail-80x24")
    }
}
