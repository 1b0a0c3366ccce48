import Testing
@testable import StandpointUI

@Suite struct ScreenLayoutTests {
    @Test func wideTerminalsShowAllFourPanesWithoutOverlap() {
        let layout = ScreenLayout(size: Size(columns: 120, rows: 40), focus: .points)
        #expect(Set(layout.panes.keys) == Set(PaneID.allCases))
        #expect(layout.tabLine == nil)
        let cells = layout.panes.values.reduce(0) { $0 + $1.width * $1.height }
        #expect(cells == 120 * 39)
        for (a, first) in layout.panes {
            for (b, second) in layout.panes where a != b {
                #expect(!(0..<first.width).contains { x in (0..<first.height).contains { y in second.contains(column: first.x + x, row: first.y + y) } })
            }
        }
        #expect(layout.status == Rect(x: 0, y: 39, width: 120, height: 1))
    }

    @Test func narrowTerminalsStackTheFocusedPaneOverItsCompanion() {
        let layout = ScreenLayout(size: Size(columns: 80, rows: 24), focus: .points)
        #expect(layout.tabLine == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(Set(layout.panes.keys) == [.points, .reader])
        #expect(layout.panes[.points]!.y < layout.panes[.reader]!.y)
        let reader = ScreenLayout(size: Size(columns: 80, rows: 24), focus: .reader)
        #expect(Set(reader.panes.keys) == [.reader])
        let small = ScreenLayout(size: Size(columns: 40, rows: 10), focus: .documents)
        #expect(Set(small.panes.keys) == [.documents])
        #expect(small.content(of: .documents) == Rect(x: 1, y: 2, width: 38, height: 6))
    }

    @Test func tinyTerminalsOnlySayTheyAreTooSmall() {
        #expect(ScreenLayout(size: Size(columns: 19, rows: 10), focus: .documents).isTooSmall)
        let text = Screen.text(Fixtures.state(columns: 19, rows: 4))
        #expect(text.hasPrefix("Standpoint: termin…"))
    }

    @Test func clickingTheTabLineFocusesThatPane() {
        var state = Fixtures.state(columns: 80, rows: 24)
        let line = Screen.text(state).split(separator: "\n").first.map(String.init) ?? ""
        let column = DisplayWidth.of(String(line[..<line.range(of: "Cross-references")!.lowerBound]))
        state.update(.mouseClicked(column: column, row: 0))
        #expect(state.focus == .references)
    }
}
