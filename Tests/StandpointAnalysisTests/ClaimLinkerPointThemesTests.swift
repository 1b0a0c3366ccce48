import Testing
@testable import StandpointAnalysis

@Suite struct ClaimLinkerPointThemesTests {
    @Test func eachPointKeepsItsThemesInOrder() {
        // more points than runs, some with no theme, so that runs are joined
        let matches: [[ThemeTable.Match]] = (0..<50).map { p in
            (0..<(p % 4)).map { k in ThemeTable.Match(theme: p + k, surfaces: ["w\(k)"]) }
        }
        let themes = ClaimLinker.PointThemes(matches)
        #expect(themes.count == 50)
        for p in 0..<50 {
            #expect(Array(themes.themes(of: p)) == matches[p].map { Int32($0.theme) })
        }
    }

    @Test func noPointsHaveNoThemes() {
        #expect(ClaimLinker.PointThemes([]).count == 0)
    }
}
