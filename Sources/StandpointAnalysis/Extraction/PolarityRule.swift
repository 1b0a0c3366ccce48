import StandpointModel

/// Decides whether a holder supports or opposes the target of a point, from
/// the cue and the words around it. Each rule is named, for `--explain`.
///
/// - support verbs ("urge", "call for") support what follows, unless what is
///   asked for is to stop or drop something ("urged NATO to pause", "a call to
///   abandon") or is negated ("and not to use");
/// - oppose verbs ("reject", "warn", "critical of") oppose;
/// - modals support what they govern, unless negated ("must not", "should
///   never") or governing a stop verb ("should be eliminated");
/// - argue and report verbs ("believe", "according to") take the direction of
///   the next cue in their clause, or of its content;
/// - evaluative words and evaluative assertions ("a setback", "a historic
///   success") take their own direction, turned by a negation before them;
/// - content alone: negative words oppose, turned by negation ("never attacked").
///
/// Alternatives introduced by "rather than", "instead of", ", not" and
/// "not … but" are masked out first and never decide the direction.
struct PolarityRule {
    let lexicon: Lexicon

    /// The polarity for the cue at `index` in `cues`, and the rule that decided it.
    func polarity(tokens: [Token], cues: [CueMatch], index: Int, mask: [Bool]) -> (Polarity, String) {
        let cue = cues[index]
        let negatedCue = isNegated(tokens, before: cue.start, window: 3, mask: mask)
        switch cue.cueClass {
        case .support:
            // "A ceasefire remained the only way to end the suffering": the subject is what is backed
            if Self.startsWithSubjectPhraseWord(cue.words), cue.start > 0,
                !Self.expletives.contains(tokens[cue.start - 1]), !isNegated(tokens, before: cue.start, window: 3, mask: mask)
            {
                return (.support, ExtractionRun.rationale("backs its subject: '", cue.words, "'"))
            }
            if let stop = stopVerbInComplement(tokens, after: cue.end, mask: mask) {
                return negatedCue
                    ? (.support, ExtractionRun.rationale("negated support of stopping '", stop, "'"))
                    : (.oppose, ExtractionRun.rationale("asks to stop: '", stop, "'"))
            }
            if hasNegatedInfinitive(tokens, after: cue.end, mask: mask) {
                return (.oppose, "asks not to: 'not to'")
            }
            if let rejection = opposeVerbInComplement(tokens, after: cue.end, mask: mask) {
                return negatedCue
                    ? (.support, ExtractionRun.rationale("negated support of rejecting '", rejection, "'"))
                    : (.oppose, ExtractionRun.rationale("asks to reject: '", rejection, "'"))
            }
            // "attempts to appease the aggressor only encourage new crimes": backing something bad opposes it
            if let bad = negativeObject(tokens, after: cue.end, mask: mask) {
                return negatedCue
                    ? (.support, ExtractionRun.rationale("negated backing of '", bad, "'"))
                    : (.oppose, ExtractionRun.rationale("backs something negative: '", bad, "'"))
            }
            return negatedCue ? (.oppose, "negated support verb") : (.support, "support verb")
        case .oppose:
            return negatedCue ? (.support, "negated oppose verb") : (.oppose, "oppose verb")
        case .modal:
            if !cue.isVerbalModal, let next = cues[(index + 1)...].firstIndex(where: { $0.isVerbalModal && !mask[$0.start] }) {
                return polarity(tokens: tokens, cues: cues, index: next, mask: mask)
            }
            let negated = hasNegationWord(cue.words) || isNegated(tokens, after: cue.end, window: 2, mask: mask)
            let stop = stopVerbAfterModal(tokens, after: cue.end, mask: mask) ?? coordinatedStopVerb(tokens, after: cue.end, mask: mask)
            switch (negated, stop) {
            case (true, let stop?): return (.support, ExtractionRun.rationale("negated modal with stop verb '", stop, "'"))
            case (true, nil): return (.oppose, "negated modal")
            case (false, let stop?): return (.oppose, ExtractionRun.rationale("modal with stop verb '", stop, "'"))
            case (false, nil): return (.support, "normative modal")
            }
        case .argue, .report:
            if let next = cues[(index + 1)...].firstIndex(where: { $0.cueClass != .report && $0.cueClass != .argue && !mask[$0.start] }) {
                return polarity(tokens: tokens, cues: cues, index: next, mask: mask)
            }
            return contentPolarity(tokens, from: cue.end, mask: mask)
        case .negativeEvaluative:
            return isNegated(tokens, before: cue.start, window: 12, mask: mask, stopAtClause: true)
                ? (.support, "negated negative evaluation") : (.oppose, "negative evaluation")
        case .positiveEvaluative:
            return isNegated(tokens, before: cue.start, window: 3, mask: mask)
                ? (.oppose, "negated positive evaluation") : (.support, "positive evaluation")
        case .negativeAssertion:
            return isNegated(tokens, before: cue.start, window: 4, mask: mask)
                ? (.support, "negated negative assertion") : (.oppose, "negative assertion")
        case .positiveAssertion:
            return isNegated(tokens, before: cue.start, window: 4, mask: mask)
                ? (.oppose, "negated positive assertion") : (.support, "positive assertion")
        }
    }

    /// Whether one of `words` (separated by spaces) is a negation or ends in
    /// "n't" ("must not", "shouldn't"), read on their bytes: splitting them
    /// into an array of strings took 9 M instructions for 1,600 modal cues
    /// (callgrind, 1,000 documents).
    private func hasNegationWord(_ words: String) -> Bool {
        var words = words
        return words.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !word.isEmpty && lexicon.negation.contains(bytes: word) { return true }
                if word.count >= 3 && word[word.count - 3] == UInt8(ascii: "n") && word[word.count - 2] == UInt8(ascii: "'")
                    && word[word.count - 1] == UInt8(ascii: "t")
                {
                    return true
                }
                start = end + 1
            }
            return false
        }
    }

    /// First words of support phrases that back their subject ("… is
    /// essential", "… the only way", "… the key to").
    static let subjectPhraseStarts: WordSet = ["is", "are", "was", "were", "the"]

    /// Whether the first word of `words` (up to a space), in lower case, is
    /// one of `subjectPhraseStarts`. Read on its bytes: lower-casing a
    /// `String` for a set of strings cost 2 M instructions for 3,300 support
    /// cues (callgrind, 1,000 documents). A word with a byte beyond ASCII is
    /// none of them, in whatever case.
    static func startsWithSubjectPhraseWord(_ words: String) -> Bool {
        var words = words
        return words.withUTF8 { bytes in
            var buffer: (UInt64, UInt64) = (0, 0)
            return withUnsafeMutableBytes(of: &buffer) { raw in
                var count = 0
                for byte in bytes {
                    if byte == 0x20 { break }
                    guard byte < 0x80, count < raw.count else { return false }
                    raw[count] = Token.lowered(byte)
                    count += 1
                }
                return subjectPhraseStarts.contains(bytes: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
            }
        }
    }
    /// Subjects that only anticipate a clause ("It is essential to end …").
    static let expletives: WordSet = ["it", "this", "that", "there"]
    /// Verbs of remedying: a negative word they govern is what is to be
    /// remedied, not what the sentence condemns ("to address the crisis").
    static let remedyVerbs: WordSet = [
        "address", "addresses", "addressed", "addressing", "tackle", "tackles", "tackled", "tackling", "resolve", "resolves",
        "resolved", "resolving", "overcome", "overcomes", "overcoming", "combat", "combats", "combating", "combatting",
        "counter", "counters", "countering", "fight", "fights", "fighting", "defuse", "defusing", "ease", "easing",
        "alleviate", "alleviating", "mitigate", "mitigating", "solve", "solving", "settle", "settling",
    ]

    static let scopeBreakers: WordSet = [
        "that", "which", "who", "because", "but", "while", "although", "though", "whereas", "if", "when", "as",
    ]

    /// The direction of a clause with no cue of its own: negative words oppose,
    /// negation turns the direction.
    func contentPolarity(_ tokens: [Token], from start: Int, mask: [Bool]) -> (Polarity, String) {
        var negative = false
        var negated = false
        for k in start..<tokens.count where !mask[k] && tokens[k].isWord {
            if lexicon.negativeWeak.contains(tokens[k]), !remedied(tokens, k) { negative = true }
            if lexicon.isNegation(tokens, k) {
                negated = true
                // "not closing its market", "never refused": negating a stop verb supports
                for next in (k + 1)..<min(tokens.count, k + 3) {
                    if let stop = stopVerb(tokens, at: next, mask: mask) {
                        return (.support, ExtractionRun.rationale("negated stop verb '", stop, "'"))
                    }
                }
            }
        }
        switch (negative, negated) {
        case (true, true): return (.support, "negated negative content")
        case (true, false): return (.oppose, "negative content")
        case (false, true): return (.oppose, "negated content")
        case (false, false): return (.support, "content")
        }
    }

    /// Words that may stand between a verb and the noun of its object.
    static let objectModifiers: WordSet = [
        "the", "a", "an", "new", "further", "more", "any", "all", "such", "its", "their", "his", "her", "this", "these",
        "those", "renewed", "continued", "categorical", "firm", "strong", "total", "complete", "full", "absolute",
        "unequivocal", "strongest",
    ]

    /// The negative word or oppose noun that is the direct object of a
    /// support verb ("only encourage new crimes", "affirms its categorical
    /// rejection of"): up to three modifiers, then the noun.
    private func negativeObject(_ tokens: [Token], after end: Int, mask: [Bool]) -> String? {
        var k = end
        while k < tokens.count, k < end + 3, tokens[k].isWord, Self.objectModifiers.contains(tokens[k]) { k += 1 }
        guard k < tokens.count, tokens[k].isWord, !mask[k] else { return nil }
        // "affirms its categorical rejection of …", "expresses its condemnation of …": the object is itself opposing
        if lexicon.negativeWeak.contains(tokens[k]) { return tokens[k].lower }
        if let (cueClass, _, _) = lexicon.cues.match(tokens, at: k), cueClass == .oppose { return tokens[k].lower }
        return nil
    }

    /// Whether a remedy verb governs the word at `k` as its object ("address
    /// the political crisis"), with at most two words between and no
    /// preposition ("resolve situations without war" still names war).
    private func remedied(_ tokens: [Token], _ k: Int) -> Bool {
        var p = k - 1
        while p >= 0 && p >= k - 3 && tokens[p].isWord {
            if Self.remedyVerbs.contains(tokens[p]) { return true }
            if Self.prepositions.contains(tokens[p]) { return false }
            p -= 1
        }
        return false
    }

    static let prepositions: WordSet = [
        "without", "with", "of", "in", "on", "for", "from", "against", "by", "to", "into", "over", "under", "after", "before",
    ]

    /// Whether a negation precedes `index` within `window` tokens of its
    /// clause; with `stopAtClause`, a subordinate or contrasting clause opened
    /// in between ("do not believe that this reckless policy …", "not … but")
    /// ends the negation's reach, while a list does not ("never attacked
    /// other countries, conducted unlawful wars").
    private func isNegated(_ tokens: [Token], before index: Int, window: Int, mask: [Bool], stopAtClause: Bool = false) -> Bool {
        var k = index - 1
        while k >= 0 && k >= index - window {
            if tokens[k].kind == .stop || tokens[k].kind == .clauseMark { return false }
            if stopAtClause && tokens[k].isWord && Self.scopeBreakers.contains(tokens[k]) { return false }
            if !mask[k] && lexicon.isNegation(tokens, k) { return true }
            k -= 1
        }
        return false
    }

    private func isNegated(_ tokens: [Token], after index: Int, window: Int, mask: [Bool]) -> Bool {
        var k = index
        while k < tokens.count && k < index + window {
            if !mask[k] && lexicon.isNegation(tokens, k) { return true }
            k += 1
        }
        return false
    }

    /// A stop verb asked for: right after the cue ("a call to abandon") or as
    /// the first infinitive within sixteen tokens ("urged NATO to pause").
    private func stopVerbInComplement(_ tokens: [Token], after end: Int, mask: [Bool]) -> String? {
        guard end < tokens.count else { return nil }
        if let stop = stopVerb(tokens, at: end, mask: mask) { return stop }
        // "demanded that China withdraw the vessel": the verb of a mandative that-clause
        if tokens[end].spells("that") {
            var k = end + 1
            while k < tokens.count && k < end + 6 && tokens[k].isWord {
                if let stop = stopVerb(tokens, at: k, mask: mask) { return stop }
                k += 1
            }
        }
        if let stop = stopNoun(tokens, after: end, mask: mask) { return stop }
        var k = end
        while k < tokens.count && k < end + 16 {
            let token = tokens[k]
            if token.kind == .stop || token.kind == .clauseMark || token.spells("that") || token.spells("which") { return nil }
            // "called on the parties to the agreement, China and Russia, to reject": "to the" is no infinitive
            if token.spells("to") && k + 1 < tokens.count && !Self.determiners.contains(tokens[k + 1]) {
                var verb = k + 1
                if tokens[verb].spells("not") || tokens[verb].spells("never") { return nil }
                if tokens[verb].hasSuffix("ly") && verb + 1 < tokens.count { verb += 1 }
                return stopVerb(tokens, at: verb, mask: mask)
            }
            k += 1
        }
        return nil
    }

    static let determiners: WordSet = ["the", "a", "an", "all", "its", "their", "his", "her", "this", "these", "those"]

    static let stopNouns: WordSet = [
        "end", "halt", "stop", "cessation", "withdrawal", "lifting", "removal", "suspension", "abolition",
        "termination", "dismantling", "abandonment", "reversal", "repeal",
    ]
    static let nounModifiers: WordSet = ["an", "a", "the", "immediate", "swift", "complete", "full", "prompt", "urgent", "early"]

    /// "called for an immediate end to the fighting", "welcomed the lifting of
    /// sanctions": a noun of stopping asked for, followed by "to" or "of".
    private func stopNoun(_ tokens: [Token], after end: Int, mask: [Bool]) -> String? {
        var k = end
        while k < tokens.count, k < end + 4, tokens[k].isWord, Self.nounModifiers.contains(tokens[k]) { k += 1 }
        guard k + 1 < tokens.count, !mask[k], Self.stopNouns.contains(tokens[k]),
            tokens[k + 1].spells("to") || tokens[k + 1].spells("of")
        else { return nil }
        return tokens[k].lower
    }

    /// An oppose verb asked for: the first infinitive within sixteen tokens
    /// ("called on China and Russia to reject the move", "urged members to
    /// condemn"), or a participle right after the cue's object
    /// ("reaffirmed its firm positions rejecting terrorism").
    private func opposeVerbInComplement(_ tokens: [Token], after end: Int, mask: [Bool]) -> String? {
        var k = end
        var afterComma = false
        while k < tokens.count && k < end + 16 {
            let token = tokens[k]
            if token.kind == .stop || token.kind == .clauseMark || token.spells("that") || token.spells("which") {
                return nil
            }
            if token.kind == .comma { afterComma = true }
            let infinitive = token.spells("to") && k + 1 < tokens.count && !Self.determiners.contains(tokens[k + 1])
            let verb = infinitive ? k + 1 : k
            // a participle after a comma is the holder's own next act (", warning that …"), not what is asked for
            if infinitive || (k > end && !afterComma && token.hasSuffix("ing")) {
                guard !mask[verb], let (cueClass, _, _) = lexicon.cues.match(tokens, at: verb) else {
                    if infinitive { return nil }
                    k += 1
                    continue
                }
                return cueClass == .oppose ? tokens[verb].lower : nil
            }
            k += 1
        }
        return nil
    }

    /// A stop verb coordinated with the modal's first verb ("must face up
    /// to history and stop provoking", "should correct its mistakes and
    /// cease interfering"), within the modal's clause.
    private func coordinatedStopVerb(_ tokens: [Token], after end: Int, mask: [Bool]) -> String? {
        var k = end
        while k + 1 < tokens.count && k < end + 14 {
            let kind = tokens[k].kind
            if kind == .stop || kind == .clauseMark || kind == .comma || Self.scopeBreakers.contains(tokens[k]) { return nil }
            if tokens[k].spells("and"), let stop = stopVerb(tokens, at: k + 1, mask: mask) { return stop }
            k += 1
        }
        return nil
    }

    private func hasNegatedInfinitive(_ tokens: [Token], after end: Int, mask: [Bool]) -> Bool {
        var k = end
        while k + 1 < tokens.count && k < end + 14 {
            if tokens[k].kind == .stop || tokens[k].kind == .clauseMark { return false }
            if (tokens[k].spells("not") || tokens[k].spells("never")) && tokens[k + 1].spells("to") { return true }
            k += 1
        }
        return false
    }

    /// "should be eliminated", "must move away from", "should reconsider".
    private func stopVerbAfterModal(_ tokens: [Token], after end: Int, mask: [Bool]) -> String? {
        var k = end
        while k < tokens.count && k < end + 4 {
            if tokens[k].kind != .word { return nil }
            if let stop = stopVerb(tokens, at: k, mask: mask) { return stop }
            k += 1
        }
        return nil
    }

    private func stopVerb(_ tokens: [Token], at index: Int, mask: [Bool]) -> String? {
        guard index < tokens.count, !mask[index], let (_, end, _) = lexicon.stopVerbs.match(tokens, at: index) else { return nil }
        return tokens[index..<end].map(\.lower).joined(separator: " ")
    }
}
