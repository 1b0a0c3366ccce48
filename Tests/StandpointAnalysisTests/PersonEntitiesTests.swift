import Testing
@testable import StandpointAnalysis

/// The entities of a document's persons, as resolution keeps them.
@Suite struct PersonEntitiesTests {
    /// A person's entity is found by name, a later one replaces it, nil
    /// stores nothing, and other persons keep theirs.
    @Test func entitiesAreFoundByNameAndReplaced() {
        var entities = ExtractionRun.PersonEntities()
        #expect(entities["Hua Chunying"] == nil)
        entities["Hua Chunying"] = "China"
        entities["Mao Ning"] = "China"
        entities["Hua Chunying"] = "People's Republic of China"
        entities["Mao Ning"] = nil
        #expect(entities[["Hua", "Chunying"].joined(separator: " ")] == "People's Republic of China")
        #expect(entities["Mao Ning"] == "China")
        #expect(entities["Kaja Kallas"] == nil)
    }
}
