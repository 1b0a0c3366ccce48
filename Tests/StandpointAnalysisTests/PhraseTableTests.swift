import Testing
@testable import StandpointAnalysis

/// `PhraseTable`'s filters (the first-and-second-word bits, the presence
/// of a phrase's later words in the sentence) pass over phrases without
/// comparing their words: the matches must be exactly those of the plain
/// definition, the longest phrase (the earliest added among equals) whose
/// words follow one another, with a gap of one to four tokens of the same
/// clause where the phrase has one.
@Suite struct PhraseTableTests {
    static let phrases = [
        "call for", "call on", "call", "calls for", "a setback", "a historic success", "a", "see ... as", "the kremlin",
        "the white house", "not only", "not", "in the view of", "in ... view", "beijing's position", "rather than",
        "from ... perspective", "urge", "is ... to", "is",
    ]

    /// Words and punctuation the random sentences are made of.
    static let pieces = [
        "call", "calls", "for", "on", "a", "setback", "historic", "success", "see", "as", "the", "Kremlin", "White",
        "House", "not", "only", "in", "view", "of", "Beijing's", "position", "rather", "than", "from", "perspective",
        "urge", "is", "to", "we", "they", ",", ";", ".", "peace", "talks",
    ]

    /// The plain definition: every phrase with the token's word first, longest first, tried in turn.
    static func expected(_ tokens: [Token], at i: Int) -> (value: Int, end: Int)? {
        let split = phrases.map { PhraseTable<Int>.words(of: $0) }
        let order = split.indices.filter { split[$0].first.map(tokens[i].isSpelt(as:)) ?? false }
            .enumerated().sorted { a, b in
                let (la, lb) = (split[a.element].filter { $0 != "..." }.count, split[b.element].filter { $0 != "..." }.count)
                return la != lb ? la > lb : a.offset < b.offset
            }
            .map(\.element)
        func words(_ list: ArraySlice<String>, from start: Int) -> Int? {
            var k = start
            for word in list {
                guard k < tokens.count, tokens[k].kind == .word || tokens[k].kind == .possessive, tokens[k].isSpelt(as: word)
                else { return nil }
                k += 1
            }
            return k
        }
        for p in order {
            let gap = split[p].firstIndex(of: "...")
            guard let afterHead = words(split[p][..<(gap ?? split[p].count)], from: i) else { continue }
            guard let gap else { return (p, afterHead) }
            var k = afterHead + 1
            while k <= afterHead + 4 && k < tokens.count {
                let kind = tokens[k - 1].kind
                if kind == .stop || kind == .clauseMark || kind == .comma { break }
                if let end = words(split[p][(gap + 1)...], from: k) { return (p, end) }
                k += 1
            }
        }
        return nil
    }

    @Test func filteredMatchesAreThePlainOnes() {
        var table = PhraseTable<Int>()
        for (value, phrase) in Self.phrases.enumerated() { table.add(phrase, value) }
        var random = ByteScanTests.Random(state: 0x9E37_79B9_7F4A_7C15)
        var found = 0
        for _ in 0..<2_000 {
            var text = (0..<(3 + random.next(14))).map { _ in Self.pieces[random.next(Self.pieces.count)] }
                .joined(separator: " ")
            let shown = text
            text.withUTF8 { bytes in
                let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
                let present = PhraseTable<Int>.presence(of: tokens)
                for i in tokens.indices {
                    let want = Self.expected(tokens, at: i)
                    if want != nil { found += 1 }
                    let plain = table.match(tokens, at: i)
                    let filtered = table.match(tokens, at: i, present: present)
                    #expect(plain?.value == want?.value && plain?.end == want?.end, "\(shown) at \(i)")
                    #expect(filtered?.value == want?.value && filtered?.end == want?.end, "\(shown) at \(i)")
                }
            }
        }
        #expect(found > 1_000, "the sentences hold phrases")
    }
}
