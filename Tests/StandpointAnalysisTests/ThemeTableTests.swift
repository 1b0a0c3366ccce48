import Testing
@testable import StandpointAnalysis

@Suite struct ThemeTableTests {
    let table = ThemeTable.shared

    func themes(_ text: String) -> [String] {
        let lexicon = Lexicon.shared
        return table.matches(PointTerms(text, lexicon: lexicon), text: text).map { table.themes[$0.theme].name }
    }

    @Test func everyLineOfThemesTxtHasContentWords() {
        #expect(table.problems == [])
        #expect(table.themes.count >= 20)
    }
}
