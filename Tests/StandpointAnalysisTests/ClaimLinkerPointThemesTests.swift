import Testing
@testable import StandpointAnalysis

@Suite struct ClaimLinkerPointThemesTests {
    @Test func eachPointKeepsItsThemesInOrder() {
        // more points than runs, some with no theme, so that runs are joined
        let matches: [[ThemeTable.Match]] = (0..<50).map { p in
            (0..<(p % 4)).map { k in ThemeTable.Match(theme: p + k, surfaces: ["w\(k)"]) }
        }
        let themes = ClaimLinker.PointThemes(matches, themeCount: 60)
        #expect(themes.count == 50)
        for p in 0..<50 {
            #expect(Array(themes.themes(of: p)) == matches[p].map { Int32($0.theme) })
        }
    }

    @Test func eachThemeListsItsPointsInOrder() {
        let matches: [[ThemeTable.Match]] = [
            [.init(theme: 0, surfaces: []), .init(theme: 2, surfaces: [])], [], [.init(theme: 2, surfaces: [])],
            [.init(theme: 0, surfaces: [])],
        ]
        let themes = ClaimLinker.PointThemes(matches, themeCount: 3)
        #expect(themes.members == [[0, 3], [], [0, 2]])
        // point 0 is first of themes 0 and 2, point 2 second of theme 2, point 3 second of theme 0
        #expect(themes.positions == [0, 0, 1, 1])
    }

    @Test func noPointsHaveNoThemes() {
        let themes = ClaimLinker.PointThemes([], themeCount: 3)
        #expect(themes.count == 0)
        #expect(themes.members == [[], [], []])
    }
}
