import Testing
@testable import StandpointAnalysis

@Suite struct HeadlineFinderTests {
    func title(of text: String) -> String {
        Analyzer().analyzeText(SourceDocument(id: "d", path: "d.txt", title: CorpusLoader.title(of: text, fallback: "d.txt"), text: text)).document.title
    }

    @Test func aSavedPageTakesTheHeadlineAfterTheOutletsName() {
        let page = """
            - Sputnik International
            Find top stories and features from the region. Keep updated on the news.

            Is Japan Rethinking Its Defence Posture After the Summit?

            Tokyo said on Monday that it would double its defence budget.
            """
        #expect(title(of: page) == "Is Japan Rethinking Its Defence Posture After the Summit?")
    }

    @Test func aDocumentThatOpensWithProseKeepsItsFirstLine() {
        let statement = "NATO Allies reaffirmed their commitment to collective defence.\n\nThe door remains open."
        #expect(title(of: statement) == "NATO Allies reaffirmed their commitment to collective defence.")
    }

    @Test func withNoHeadlineTheFirstLineThatIsNotFurnitureIsUsed() {
        let page = "Loading...\nThe ministry rejected the proposal and called for talks.\n"
        #expect(title(of: page) == "The ministry rejected the proposal and called for talks.")
    }
}
