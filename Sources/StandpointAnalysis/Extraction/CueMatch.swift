/// One stance cue found in a sentence.
struct CueMatch: Sendable, Hashable {
    /// Index of the cue's first token.
    let start: Int
    /// Index one past the cue's last token.
    let end: Int
    /// The cue's class.
    let cueClass: Lexicon.CueClass
    /// The cue's words, lower case ("called for").
    let words: String

    /// Whether the cue is an auxiliary-like modal ("should", "must not")
    /// rather than an adjective that frames a later clause ("necessary", "imperative").
    ///
    /// The first word's bytes are looked up in a word set made once:
    /// splitting the words into an array and building the list of modals at
    /// every call took 6.5 M instructions for 1,600 calls (callgrind, 1,000 documents).
    var isVerbalModal: Bool {
        guard cueClass == .modal else { return false }
        var words = words
        return words.withUTF8 { bytes in
            let start = bytes.firstIndex { $0 != 0x20 } ?? bytes.count
            let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.count
            return Self.verbalModals.contains(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    private static let verbalModals: WordSet = [
        "should", "must", "ought", "need", "needs", "needed", "has", "have", "shall", "cannot", "shouldn't", "mustn't",
    ]
}

extension Lexicon {
    /// Every cue in `tokens`, left to right, longest match first, not
    /// overlapping; a one-word verb cue used as a noun ("the support",
    /// ", support for Ukraine") is not a cue, nor is a capitalised word inside
    /// a name ("Member States", "the United States"), nor is a listed non-cue
    /// ("welcome to this briefing").
    ///
    /// - Complexity: O(n·k) for n tokens and k phrases sharing a first word.
    func cues(in tokens: [Token]) -> [CueMatch] {
        cues(in: tokens, present: PhraseTable<CueClass>.presence(of: tokens))
    }

    /// `cues(in:)`, given `present`, the `PhraseTable.presence(of:)` of
    /// `tokens`, for a caller that needs it for `sharedContrastMask(_:present:)` too.
    func cues(in tokens: [Token], present: UInt64) -> [CueMatch] {
        var matches: [CueMatch] = []
        var i = 0
        while i < tokens.count {
            if let (_, end, _) = nonCues.match(tokens, at: i, present: present) {
                i = end
                continue
            }
            if let (cueClass, end, phraseWords) = cues.match(tokens, at: i, present: present),
                !(end == i + 1 && i > 0 && verbBaseForms.contains(tokens[i]) && Self.marksNoun(tokens[i - 1])),
                !(end == i + 1 && i > 0 && tokens[i].isCapitalized && tokens[i - 1].isWord && tokens[i - 1].isCapitalized),
                !(end == i + 1 && i > 0 && Self.isParticipleAdjective(tokens, i))
            {
                let words = phraseWords ?? Self.cueWords(tokens, i..<end)
                // Room for four cues at the first: growing one at a time took 12 M instructions (callgrind, 1,000 documents).
                if matches.isEmpty { matches.reserveCapacity(4) }
                matches.append(CueMatch(start: i, end: end, cueClass: cueClass, words: words))
                i = end
            } else {
                i += 1
            }
        }
        return matches
    }

    /// The words of the cue `range` of `tokens` with a gap, as a match
    /// names them: their lower-case text, one space between (as
    /// `filter(\.isWord).map(\.lower).joined(separator: " ")` makes it),
    /// written into one buffer rather than joined from arrays of a `String`
    /// per word.
    static func cueWords(_ tokens: [Token], _ range: Range<Int>) -> String {
        var capacity = 0
        for token in tokens[range] where token.isWord { capacity += token.end - token.start + 1 }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            var isFirst = true
            for token in tokens[range] where token.isWord {
                if !isFirst {
                    buffer[count] = 0x20
                    count += 1
                }
                isFirst = false
                count += token.copyLower(into: UnsafeMutableBufferPointer(rebasing: buffer[count...]))
            }
            return count
        }
    }

    /// Whether the "-ed" form at `i` qualifies a noun after a possessive or
    /// determiner ("Lukashenko's continued support", "its stated aim", "the
    /// agreed text") rather than being a verb.
    static func isParticipleAdjective(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].hasSuffix("ed"), i + 1 < tokens.count, tokens[i + 1].isWord else { return false }
        return tokens[i - 1].kind == .possessive || (tokens[i - 1].isWord && adjectiveMarkers.contains(tokens[i - 1]))
    }

    private static let adjectiveMarkers: WordSet = ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your"]

    private static let nounMarkers: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "for", "of", "with", "in",
        "on", "further", "more", "strong", "full", "broad", "continued", "necessary", "utmost", "maximum", "due", "great",
    ]

    /// Whether `token` before a verb form makes it a noun.
    static func marksNoun(_ token: Token) -> Bool {
        token.kind == .comma || token.kind == .possessive || (token.isWord && nounMarkers.contains(token))
    }

    /// The hash of "not", compared before the word itself: comparing two
    /// different short `String`s calls into the runtime, and this test runs
    /// for every token (callgrind, 1,000 documents: 12 M instructions).
    private static let notHash = WordHash.of("not".utf8)

    /// Marks the tokens that name a rejected alternative: from "rather than",
    /// "instead of", ", not" or "not … but" up to the next comma or clause end.
    func contrastMask(_ tokens: [Token]) -> [Bool] {
        contrastMarks(tokens, present: PhraseTable<Bool>.presence(of: tokens)) ?? Self.unmasked(count: tokens.count)
    }

    /// `contrastMask(_:)`, but for a sentence without a rejected alternative
    /// (most sentences) an all-`false` array shared by every such sentence,
    /// which may be longer than `tokens`: for callers that only read it at
    /// the tokens' indices. `present` is the `PhraseTable.presence(of:)` of
    /// `tokens`.
    ///
    /// An array of its own for each sentence was allocated, filled and
    /// freed for nothing (callgrind, 1,000 documents: `cuesAndMask` 98.4 ->
    /// 93.5 M instructions).
    func sharedContrastMask(_ tokens: [Token], present: UInt64) -> [Bool] {
        contrastMarks(tokens, present: present)
            ?? (tokens.count <= Self.noContrast.count ? Self.noContrast : Self.unmasked(count: tokens.count))
    }

    /// The mask of `contrastMask(_:)`, or nil when it marks no token;
    /// `present` is the `PhraseTable.presence(of:)` of `tokens`.
    ///
    /// A sentence is first asked, by its tokens' bits, whether it may hold
    /// "not" or all the words of a contrast phrase: many hold neither, and
    /// are answered without looking each token up (callgrind, 1,000
    /// documents: `cuesAndMask` 88.3 -> 84.9 M instructions).
    private func contrastMarks(_ tokens: [Token], present: UInt64) -> [Bool]? {
        // Read once: a static is checked for its first use at every read (500,000 checks).
        let notHash = Self.notHash
        guard present & PhraseTable<Bool>.bit(notHash) != 0 || contrast.mayMatch(among: present) else { return nil }
        // (Made at the first token marked.)
        var mask: [Bool] = []
        var i = 0
        while i < tokens.count {
            var start: Int?
            var stopAtBut = false
            if let (_, _, _) = contrast.match(tokens, at: i) {
                start = i
            } else if tokens[i].hash == notHash, tokens[i].spells("not"), notNegation.match(tokens, at: i) == nil {
                if i > 0 && tokens[i - 1].kind == .comma {
                    start = i
                } else if let but = tokens[(i + 1)..<min(tokens.count, i + 8)].firstIndex(where: { $0.spells("but") }),
                    !tokens[(i + 1)..<but].contains(where: { $0.kind == .comma || $0.kind == .stop })
                {
                    start = i
                    stopAtBut = true
                }
            }
            guard let from = start else {
                i += 1
                continue
            }
            if mask.isEmpty { mask = Self.unmasked(count: tokens.count) }
            var k = from
            while k < tokens.count {
                let kind = tokens[k].kind
                if k > from && (kind == .comma || kind == .stop || kind == .clauseMark) { break }
                if stopAtBut && tokens[k].spells("but") {
                    mask[k] = true
                    k += 1
                    break
                }
                mask[k] = true
                k += 1
            }
            i = max(k, i + 1)
        }
        return mask.isEmpty ? nil : mask
    }

    /// `count` times `false`, the mask of a sentence before any
    /// alternative is marked: copied from `noContrast` as bytes. (Appending
    /// `repeatElement(false, count:)` wrote it one element at a time:
    /// `contrastMask` 28.6 -> 26.2 M instructions; callgrind, 1,000 documents.)
    static func unmasked(count: Int) -> [Bool] {
        guard count <= noContrast.count else { return .filled(with: false, count: count) }
        var mask: [Bool] = []
        noContrast.withUnsafeBufferPointer { mask.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
        return mask
    }

    /// The longest mask `unmasked(count:)` copies, all `false`.
    private static let noContrast = [Bool](repeating: false, count: 512)

    /// Whether token `i` is a negation ("not", "never", "n't") that negates,
    /// unlike "not only".
    ///
    /// Always inlined: `PolarityRule` copied the whole lexicon (2.5 KB) to
    /// pass it as `self` at each call, 76,000 times on 1,000 documents.
    @inline(__always)
    func isNegation(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].isWord, negation.contains(tokens[i]) || tokens[i].hasSuffix("n't") else { return false }
        return notNegation.match(tokens, at: i) == nil
    }
}
