import Testing
@testable import StandpointAnalysis

/// A word table answers alike however a word was added and looked up.
@Suite struct WordTableTests {
    /// Words stored by their bytes are found by string and by bytes, a
    /// second store replaces the value, and the table grows past its first
    /// slots keeping every word.
    @Test func valuesStoredByBytesAreFoundEveryWay() {
        var table = WordTable<Int>(minimumCapacity: 2)
        let words = (0..<40).map { "word\($0)" }
        for (k, word) in words.enumerated() {
            Array(word.utf8).withUnsafeBufferPointer { table.setValue(k, forBytes: $0, hash: WordHash.of($0)) }
        }
        Array("word3".utf8).withUnsafeBufferPointer { table.setValue(300, forBytes: $0, hash: WordHash.of($0)) }
        #expect(table.count == 40)
        #expect(table["word3"] == 300)
        #expect(table["word39"] == 39)
        #expect(table["word40"] == nil)
        let found = Array("word17".utf8).withUnsafeBufferPointer { table.value(forBytes: $0) }
        #expect(found == 17)
    }
}
