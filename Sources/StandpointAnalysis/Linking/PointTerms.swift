/// The content terms of a point, as linking compares them: cue words,
/// stopwords and numbers dropped; entity names normalised ("Beijing" →
/// "@China"); words stemmed and folded into their synonym group
/// ("mindset" → "mental"); and adjacent content words joined into key
/// phrases ("cold war").
struct PointTerms: Sendable {
    /// Distinct terms, each with the surface form it first had in the text.
    let terms: [String: String]

    /// Terms that lie in the point's claim rather than its attribution: after a
    /// reporting or position verb ("warned that …"), or anywhere when the cue
    /// is a modal or an evaluation.
    let focus: Set<String>

    /// Terms of `text`.
    ///
    /// - Complexity: O(n) in the length of the text.
    init(_ text: String, lexicon: Lexicon) {
        var text = text
        (terms, focus) = text.withUTF8 { bytes in Self.extract(bytes, lexicon: lexicon) }
    }

    static func extract(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> ([String: String], Set<String>) {
        let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
        var isCue = Array(repeating: false, count: tokens.count)
        let cues = lexicon.cues(in: tokens)
        let mask = lexicon.contrastMask(tokens)
        for cue in cues where cue.cueClass != .negativeEvaluative && cue.cueClass != .positiveEvaluative {
            for k in cue.start..<cue.end { isCue[k] = true }
        }
        var focusStart = 0
        if let primary = cues.first(where: { $0.cueClass.marksPosition && !mask[$0.start] }), primary.cueClass.takesHolderSubject {
            focusStart = primary.end
        }
        var focus = Set<String>()
        var terms: [String: String] = [:]
        var previous: (term: String, surface: String)?
        func surface(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[from].start..<tokens[to].end]), as: UTF8.self)
        }
        var inFocus = false
        func add(_ term: String, _ text: String) {
            if terms[term] == nil { terms[term] = text }
            if inFocus { focus.insert(term) }
            if let previous, !previous.term.hasPrefix("@"), !term.hasPrefix("@"), previous.term != term {
                let phrase = previous.term + " " + term
                if terms[phrase] == nil { terms[phrase] = previous.surface + " " + text }
                if inFocus { focus.insert(phrase) }
            }
            previous = (term, text)
        }
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            inFocus = i >= focusStart
            guard token.isWord, !isCue[i], !mask[i] else {
                if token.kind != .possessive { previous = nil }
                i += 1
                continue
            }
            if let (target, end) = lexicon.aliases.match(tokens, at: i) {
                add("@" + target.entity, surface(i, end - 1))
                i = end
                continue
            }
            if let (group, end, _) = lexicon.synonymPhrases.match(tokens, at: i) {
                add(group, surface(i, end - 1))
                i = end
                continue
            }
            let word = token.lower
            if lexicon.stopwords.contains(word) || word.count < 3 || word.first?.isNumber == true {
                previous = nil
                i += 1
                continue
            }
            let stem = Stemmer.stem(word)
            add(lexicon.synonyms[stem] ?? stem, surface(i, i))
            i += 1
        }
        return (terms, focus)
    }
}
