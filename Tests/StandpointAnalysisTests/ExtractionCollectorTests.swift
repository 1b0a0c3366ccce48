import Testing
@testable import StandpointAnalysis

@Suite struct ExtractionCollectorTests {
    /// Before a hundredth of the documents (and at least 16) are in, the
    /// list of all points grows as appending would: twice what it needs.
    @Test func doublesUntilEnoughDocumentsAreIn() {
        #expect(ExtractionCollector.room(for: 100, documentsTaken: 15, of: 20) == 200)
        #expect(ExtractionCollector.room(for: 100, documentsTaken: 99, of: 10_000) == 200)
    }

    /// Then it makes room for every document at the rate so far, and an
    /// eighth more; never less than twice what it needs.
    @Test func projectsTheRateOfTheDocumentsSoFar() {
        #expect(ExtractionCollector.room(for: 1_500, documentsTaken: 100, of: 10_000) == 168_750)
        #expect(ExtractionCollector.room(for: 100, documentsTaken: 16, of: 20) == 200)
        #expect(ExtractionCollector.room(for: 170_000, documentsTaken: 9_000, of: 10_000) == 340_000)
    }
}
