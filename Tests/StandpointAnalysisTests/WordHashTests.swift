import Testing
@testable import StandpointAnalysis

/// Words are looked up by one hash however they are held.
@Suite struct WordHashTests {
    /// A string's hash read from its storage is the hash of its bytes, for
    /// small and large strings, ASCII or not.
    @Test func stringHashIsTheHashOfItsBytes() {
        for word in ["", "a", "sanction", "internationalism and more", "économie", "北京", "we've"] {
            #expect(WordHash.of(word.utf8) == WordHash.of(Array(word.utf8)))
        }
    }
}
