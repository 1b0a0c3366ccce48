/// Evaluative assertions: positions stated in a sentence's own voice with no
/// cue verb or modal ("Enlargement has been a historic success", "The
/// referendums are null and void"). Such a sentence is a point only when it
/// reads as a statement of judgement rather than a report of facts:
///
/// - it is declarative prose: it ends in a full stop or exclamation mark (not
///   a question, heading or caption) and has at least four words, of which
///   fewer than a fifth are figures;
/// - the evaluative word or idiom (cues.txt, `[negative-assertion]` and
///   `[positive-assertion]`) lies in the main clause: not in a rejected
///   alternative ("rather than …"), not in brackets, and not in a chunk opened
///   by a subordinator ("if", "whether", "when", "after" …), which states a
///   condition or a circumstance rather than the judgement.
extension Lexicon {
    /// Words that open a subordinate chunk whose content is not asserted.
    static let assertionSubordinators: WordSet = [
        "if", "unless", "whether", "when", "whenever", "although", "though", "while", "because", "since", "once",
        "until", "before", "after", "as", "so", "lest",
    ]

    /// The first evaluative assertion in the main clause of a declarative
    /// sentence, or nil when the sentence is not one (see above).
    ///
    /// - Complexity: O(n·k) for n tokens and k phrases sharing a first word.
    func evaluativeAssertion(in tokens: [Token], mask: [Bool], endsAsStatement: Bool) -> CueMatch? {
        guard endsAsStatement else { return nil }
        var words = 0
        var figures = 0
        for token in tokens where token.isWord {
            words += 1
            if token.startsWithDigit { figures += 1 }
        }
        guard words >= 4, figures * 5 < words else { return nil }
        var chunkIsSubordinate = false
        var chunkStart = true
        var depth = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            switch token.kind {
            case .comma, .clauseMark:
                chunkStart = true
                chunkIsSubordinate = false
                i += 1
                continue
            case .openParen:
                depth += 1
            case .closeParen:
                depth = max(0, depth - 1)
            default:
                break
            }
            if token.isWord && chunkStart {
                chunkIsSubordinate = Self.assertionSubordinators.contains(token)
                chunkStart = false
            }
            if depth == 0, !mask[i], !chunkIsSubordinate, let (cueClass, end, phraseWords) = assertions.match(tokens, at: i) {
                let words = phraseWords ?? tokens[i..<end].filter(\.isWord).map(\.lower).joined(separator: " ")
                return CueMatch(start: i, end: end, cueClass: cueClass, words: words)
            }
            i += 1
        }
        return nil
    }
}
