import Testing
@testable import StandpointAnalysis

/// A word table answers alike however a word is looked up.
@Suite struct WordTableTests {
    /// Words stored by string are found by string and by their bytes, a
    /// second store replaces the value, and the table grows past its first
    /// slots keeping every word.
    @Test func storedWordsAreFoundEveryWay() {
        var table = WordTable<Int>()
        let words = (0..<40).map { "word\($0)" }
        for (k, word) in words.enumerated() { table[word] = k }
        table["word3"] = 300
        #expect(table.count == 40)
        #expect(table["word3"] == 300)
        #expect(table["word39"] == 39)
        #expect(table["word40"] == nil)
        let found = Array("word17".utf8).withUnsafeBufferPointer { table.value(forBytes: $0) }
        #expect(found == 17)
        let missing = Array("word40".utf8).withUnsafeBufferPointer { table.value(forBytes: $0) }
        #expect(missing == nil)
    }
}
