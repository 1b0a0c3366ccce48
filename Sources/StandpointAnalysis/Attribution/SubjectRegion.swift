extension Lexicon {
    /// The tokens before a reporting or position verb at `verb` that name its
    /// subject: auxiliaries and adverbs are skipped ("has also been"), an
    /// apposition between commas is kept ("Zhang Jun, China's permanent
    /// representative, warned"), and the walk stops at a clause boundary or
    /// at a chunk that opens with a preposition or participle ("Speaking to the
    /// United Nations, …"). After "who" it takes the noun the clause hangs on.
    ///
    /// The region's comma-separated chunks nearest to the verb and farthest
    /// from it, and how many chunks it has; nil when it has none. (Only
    /// these are read: an array of the chunks cost an allocation a verb.)
    ///
    /// `found` are the aliases found so far in the sentence `tokens`
    /// (`AliasMatches`), read rather than looked up again.
    ///
    /// - Complexity: O(k) for the k tokens walked, at most 30.
    func subjectChunks(_ tokens: [Token], verb: Int, aliases found: borrowing AliasMatches)
        -> (nearest: Range<Int>, farthest: Range<Int>, count: Int)?
    {
        guard let region = subjectRegion(tokens, verb: verb, aliases: found) else { return nil }
        var nearest: Range<Int>?
        var farthest: Range<Int>?
        var count = 0
        func add(_ chunk: Range<Int>) {
            if nearest == nil { nearest = chunk }
            farthest = chunk
            count += 1
        }
        var end = region.upperBound
        var k = region.upperBound - 1
        while k >= region.lowerBound {
            if tokens[k].kind == .comma && k + 1 < end && k > region.lowerBound {
                add((k + 1)..<end)
                end = k
            }
            k -= 1
        }
        if region.lowerBound < end { add(region.lowerBound..<end) }
        guard let nearest, let farthest else { return nil }
        return (nearest, farthest, count)
    }

    /// The whole region of `subjectChunks(_:verb:aliases:)`.
    ///
    /// - Complexity: O(k) for the k tokens walked, at most 30.
    func subjectRegion(_ tokens: [Token], verb: Int, aliases found: borrowing AliasMatches) -> Range<Int>? {
        var j = verb - 1
        while j >= 0, tokens[j].isWord,
            auxiliary.contains(tokens[j]) || isNegation(tokens, j)
                || (tokens[j].hasSuffix("ly") && !tokens[j].isCapitalized && Self.hasMoreThanFourCharacters(tokens[j]))
        {
            j -= 1
        }
        if j >= 0 && tokens[j].kind == .comma { j -= 1 }
        guard j >= 0 else { return nil }
        let end = j + 1
        var start = end
        var k = j
        let limit = max(0, verb - 30)
        while k >= limit {
            let token = tokens[k]
            switch token.kind {
            case .clauseMark, .openQuote, .closeQuote, .straightQuote:
                return start < end ? start..<end : nil
            case .comma:
                let chunkStart = chunkStart(tokens, before: k)
                if isSubjectChunk(tokens, chunkStart..<k, aliases: found) {
                    start = chunkStart
                    k = chunkStart - 1
                    continue
                }
                return start < end ? start..<end : nil
            case .word where token.spells("who") || token.spells("which"):
                guard start == k + 1 || start == end else { return start < end ? start..<end : nil }
                // "the ambassador, who suggested": the noun before "who"
                var before = k - 1
                if before >= 0 && tokens[before].kind == .comma { before -= 1 }
                guard before >= 0 else { return nil }
                let from = chunkStart(tokens, before: before + 1)
                return from..<(before + 1)
            case .word where Self.boundaryWords.contains(token):
                return start < end ? start..<end : nil
            default:
                start = k
                k -= 1
            }
        }
        return start < end ? start..<end : nil
    }

    /// Whether the one-word cue `cue` is an evaluative adjective after a
    /// copula ("Settler violence is unacceptable", "The decision was
    /// regrettable"): its subject is what is judged, not who judges.
    func judgesItsSubject(_ tokens: [Token], cue: CueMatch) -> Bool {
        guard cue.end == cue.start + 1, cue.start > 0 else { return false }
        guard tokens[cue.start].hasSuffix("able") || tokens[cue.start].hasSuffix("ible") else { return false }
        var j = cue.start - 1
        while j > 0, tokens[j].isWord, isNegation(tokens, j) || (tokens[j].hasSuffix("ly") && Self.hasMoreThanFourCharacters(tokens[j])) {
            j -= 1
        }
        return tokens[j].isWord && Self.copulas.contains(tokens[j])
    }

    /// Whether the lower-case text of `token` has more than four
    /// characters: never when it has four bytes or fewer ("only", "July"),
    /// which is answered without making the `String` to count.
    static func hasMoreThanFourCharacters(_ token: Token) -> Bool {
        token.packed.count > 4 && token.lower.count > 4
    }

    private static let copulas: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained", "seems", "seem", "seemed",
        "appears", "appear", "appeared",
    ]

    private static let subjectOpeners: WordSet = ["the", "a", "an", "he", "she", "they", "we", "it"]

    private static let boundaryWords: WordSet = [
        "that", "when", "while", "because", "if", "although", "though", "but", "whereas", "since", "unless",
        "whom", "whose", "where",
    ]

    /// Index of the first token of the comma-separated chunk ending before `index`.
    private func chunkStart(_ tokens: [Token], before index: Int) -> Int {
        var k = index - 1
        while k >= 0 {
            let kind = tokens[k].kind
            if kind == .comma || kind == .clauseMark || kind == .openQuote || kind == .closeQuote || kind == .straightQuote {
                return k + 1
            }
            if tokens[k].isWord && (tokens[k].spells("that") || tokens[k].spells("who")) { return k + 1 }
            k -= 1
        }
        return 0
    }

    /// Whether a comma-separated chunk can be (part of) a subject: it opens
    /// with a name, a determiner or a pronoun, not a preposition or participle.
    /// An alias it opens with is read from `found`, the sentence's
    /// `AliasMatches`, where the holder finder has looked it up already.
    private func isSubjectChunk(_ tokens: [Token], _ range: Range<Int>, aliases found: borrowing AliasMatches) -> Bool {
        guard let first = tokens[range].first(where: \.isWord) else { return false }
        if clauseOpeners.contains(first) { return false }
        // (joined only after the first word of an opener of two words: making
        // the string for every chunk cost more than the rest of this test)
        if range.count >= 2, clauseOpenerFirstWords.contains(first),
            clauseOpeners.contains(first.lower + " " + tokens[range.lowerBound + 1].lower)
        {
            return false
        }
        if found.match(tokens, at: range.lowerBound, in: aliases) != nil { return true }
        if Self.subjectOpeners.contains(first) { return true }
        if first.hasSuffix("ing") || first.hasSuffix("ed") { return false }
        return first.isCapitalized
    }
}
