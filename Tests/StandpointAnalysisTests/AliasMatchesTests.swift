import Testing
@testable import StandpointAnalysis

/// `AliasMatches` remembers what the alias table finds at a token, and
/// `AliasTable.split` splits lines with characters outside ASCII on bytes:
/// both must give exactly what the plain definitions give.
@Suite struct AliasMatchesTests {
    /// Words and punctuation the random sentences are made of: aliases of
    /// entities and people, their lower-case starts, titles and others.
    static let pieces = [
        "the", "Kremlin", "White", "House", "China", "Beijing", "US", "us", "NATO", "Zhang", "Jun", "von", "der", "Leyen",
        "Foreign", "Minister", "said", "and", "of", "European", "Union", "Council", "Moscow", "Washington", ",", ".", ";",
        "spokesperson", "Hua", "Chunying", "Ursula", "UN", "United", "Nations", "in", "a", "Security",
    ]

    @Test func rememberedMatchesAreTheTables() {
        let aliases = Lexicon.shared.aliases
        var random = ByteScanTests.Random(state: 0x2545_F491_4F6C_DD1D)
        var found = 0
        for _ in 0..<2_000 {
            var text = (0..<(3 + random.next(80))).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined(separator: " ")
            let shown = text
            text.withUTF8 { bytes in
                let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
                var matches = AliasMatches(of: tokens)
                // each token asked twice, in a random order: found, then remembered
                var order = tokens.indices.map { $0 } + tokens.indices.map { $0 }
                for k in order.indices.reversed() where k > 0 { order.swapAt(k, random.next(k + 1)) }
                for i in order where aliases.mayMatch(tokens, at: i) {
                    let want = aliases.match(tokens, at: i)
                    if want != nil { found += 1 }
                    let known = matches.knownCandidate(tokens, at: i, in: aliases)
                    let remembered = matches.candidate(tokens, at: i, in: aliases)
                    #expect(known?.target == want?.target && known?.end == want?.end, "\(shown) at \(i)")
                    #expect(remembered?.target == want?.target && remembered?.end == want?.end, "\(shown) at \(i)")
                }
                #expect(matches.isOf(tokens))
                #expect(tokens.isEmpty || !matches.isOf(tokens.map { $0 }), "another array of equal tokens")
            }
        }
        #expect(found > 1_000, "the sentences hold aliases")
    }

    @Test func byteSplitIsTheCharacterSplit() {
        let pieces = ["a", "B", ";", " ", "é", "\u{301}", "\u{600}", "中", "\r\n", "\r", "x", ";;", "  ", "Ü"]
        var random = ByteScanTests.Random(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<5_000 {
            let line = (0..<random.next(12)).map { _ in pieces[random.next(pieces.count)] }.joined()
            for separator in [UInt8(ascii: ";"), UInt8(ascii: " ")] {
                let want = line[...].split(separator: Character(Unicode.Scalar(separator))).map(String.init)
                #expect(AliasTable.split(line[...], at: separator).map(String.init) == want, "\(line.unicodeScalars.map(\.value))")
            }
        }
    }
}
