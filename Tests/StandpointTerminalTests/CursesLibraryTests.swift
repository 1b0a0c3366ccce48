import Testing
@testable import StandpointTerminal

@Suite struct CursesLibraryTests {
    @Test func linksAgainstNcursesw() {
        #expect(CursesLibrary.version.hasPrefix("ncurses"))
    }
}
