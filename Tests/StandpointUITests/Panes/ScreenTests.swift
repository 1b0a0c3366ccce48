import StandpointModel
import Testing
@testable import StandpointUI

@Suite struct ScreenTests {
    @Test(arguments: [(120, 40), (80, 24), (40, 12)])
    func snapshotsOfTheOpeningScreen(columns: Int, rows: Int) {
        let state = Fixtures.state(columns: columns, rows: rows)
        Snapshot.assert(Screen.text(state), named: "opening-\(columns)x\(rows)")
    }

    @Test(arguments: [(120, 40), (80, 24), (40, 12)])
    func snapshotsAfterOpeningTheChineseDocument(columns: Int, rows: Int) {
        var state = Fixtures.state(columns: columns, rows: rows)
        Fixtures.press("j 3 j 4", on: &state)
        Snapshot.assert(Screen.text(state), named: "beta-point2-\(columns)x\(rows)")
    }

    @Test func snapshotOfHelp() {
        var state = Fixtures.state(columns: 80, rows: 24)
        Fixtures.press("?", on: &state)
        Snapshot.assert(Screen.text(state), named: "help-80x24")
    }

    @Test func allFourTitlesAndTheStatusShowAtEverySize() {
        for (columns, rows) in [(120, 40), (100, 30), (80, 24), (60, 20), (40, 10)] {
            let text = Screen.text(Fixtures.state(columns: columns, rows: rows))
            if columns >= 100 {
                for title in PaneID.allCases.map(\.title) { #expect(text.contains(title), "\(title) at \(columns)x\(rows)") }
            } else {
                #expect(text.contains("Documents"), "tab line at \(columns)x\(rows)")
            }
            #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == rows)
        }
        let wide = Screen.text(Fixtures.state())
        #expect(wide.contains("fixtures/ · 3 documents · 6 points · 3 claims │ document 1/3"))
    }

    /// The `? help` hint is the way in for a new user: the other keys' hints
    /// give way to it at every width where it fits, whatever the status
    /// line's own text takes.
    @Test func theHelpHintIsNeverCrowdedOutByTheOtherHints() {
        for columns in 40...140 {
            let lines = Screen.text(Fixtures.state(columns: columns, rows: 24)).split(separator: "\n", omittingEmptySubsequences: false)
            let status = String(lines[lines.count - 1])
            #expect(status.contains("? help"), "status line at \(columns) columns: \(status)")
        }
    }

    @Test func neverCrashesAtAnySmallSize() {
        for columns in [1, 5, 19, 20, 21, 39, 40, 41, 99, 100] {
            for rows in [1, 2, 4, 5, 6, 9, 10, 11, 12] {
                var state = Fixtures.state(columns: columns, rows: rows)
                for keys in ["j", "3 j", "4", "2 G", "?", "Esc / cold", "Esc c Enter", "Esc a"] {
                    Fixtures.press(keys, on: &state)
                    _ = Fixtures.render(state)
                }
            }
        }
    }

    @Test func escapeSequencesInADocumentAreDrawnVisibly() {
        var state = Fixtures.state()
        Fixtures.press("G", on: &state)
        let buffer = Fixtures.render(state)
        let text = buffer.plainText
        #expect(text.contains("^[]2;PWNED^G"))
        #expect(text.contains("^[[2J"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func theSelectedPointIsReversedInTheReaderAndOthersMarked() {
        var state = Fixtures.state()
        Fixtures.press("3", on: &state)
        let buffer = Fixtures.render(state)
        let reader = state.layout.content(of: .reader)!
        let row = reader.y
        let start = reader.x + ReaderPane.margin
        #expect(buffer.text(row: row).contains("Beijing urged NATO"))
        #expect(buffer.cell(column: start, row: row).style.reverse)
        let secondLine = (0..<reader.height).first { buffer.text(row: reader.y + $0).contains("Zhang Jun said") }!
        let zhang = buffer.text(row: reader.y + secondLine)
        let column = zhang.distance(from: zhang.startIndex, to: zhang.range(of: "Zhang")!.lowerBound)
        let style = buffer.cell(column: column, row: reader.y + secondLine).style
        #expect(style.underline && !style.reverse)
    }

    @Test func wideCharactersKeepTheFrameAligned() {
        var state = Fixtures.state(columns: 80, rows: 24)
        Fixtures.press("j 2", on: &state)
        let lines = Fixtures.render(state).lines
        let chinese = lines.first { $0.contains("北京表示") }!
        #expect(DisplayWidth.of(chinese) == 80)
        #expect(chinese.hasSuffix("│") || chinese.hasSuffix("┃"))
    }
}
