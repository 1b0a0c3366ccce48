/// The content terms of a point, as linking compares them: cue words,
/// stopwords and numbers dropped; entity names normalised ("Beijing" →
/// "@China"); words stemmed and folded into their synonym group
/// ("mindset" → "mental"); and adjacent content words joined into key
/// phrases ("cold war").
///
/// Terms are kept as sorted arrays, with their surface forms as byte spans
/// into the point's text rather than strings: on 10,000 synthetic documents
/// (150,000 points) the terms of all points took 277 MB as a dictionary and a
/// set per point, 156 MB as sorted arrays, and the index built from them 71 MB
/// instead of 117 MB, since it needs each point's terms sorted anyway.
struct PointTerms: Sendable {
    /// Where a term's surface lies in the text: one run of bytes, or two runs
    /// joined by a space for a key phrase ("Cold" … "War").
    struct Span: Sendable {
        let start: Int32
        let end: Int32
        let secondStart: Int32
        let secondEnd: Int32

        init(_ range: Range<Int>, then second: Range<Int>? = nil) {
            start = Int32(range.lowerBound)
            end = Int32(range.upperBound)
            secondStart = Int32(second?.lowerBound ?? -1)
            secondEnd = Int32(second?.upperBound ?? -1)
        }
    }

    /// Distinct terms, sorted, until `number(_:in:)` replaces them by numbers.
    private var ownNames: [String]
    /// Once numbered: per term, its number in `table`.
    private var numbers: [Int32] = []
    /// Once numbered: the names of all terms of all points, by number.
    private var table: [String] = []
    private var isNumbered = false

    /// Distinct terms, sorted.
    var names: [String] { isNumbered ? numbers.map { table[Int($0)] } : ownNames }
    /// Per term: where it first occurs in the text.
    private let spans: [Span]
    /// Per term: whether it lies in the point's claim rather than its
    /// attribution: after a reporting or position verb ("warned that …"), or
    /// anywhere when the cue is a modal or an evaluation.
    private let inFocus: [Bool]
    /// The point's text, which `spans` point into.
    private let text: Substring

    /// Terms of `text`.
    ///
    /// `lexicon` is borrowed: an initialiser owns its arguments by default, so
    /// each call copied the lexicon's tables (a retain and a release each, on
    /// counters that all threads share).
    ///
    /// - Complexity: O(n + k log k) for a text of n bytes and k terms.
    init(_ text: Substring, lexicon: borrowing Lexicon) {
        var copy = text
        let occurrences = copy.withUTF8 { bytes in
            let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
            return Self.extract(tokens, cues: lexicon.cues(in: tokens), mask: lexicon.contrastMask(tokens), base: 0, lexicon: lexicon)
        }
        self.init(text: text, occurrences: occurrences)
    }

    /// Terms of `text`, a sentence whose `tokens` (with offsets `base` bytes
    /// before `text`'s), `cues` and contrast `mask` the extractor has already
    /// found: the same terms as `init(_:lexicon:)` gives without tokenising again.
    init(text: Substring, tokens: [Token], cues: [CueMatch], mask: [Bool], base: Int, lexicon: borrowing Lexicon) {
        self.init(text: text, occurrences: Self.extract(tokens, cues: cues, mask: mask, base: base, lexicon: lexicon))
    }

    /// Terms from their occurrences in `text`.
    private init(text: Substring, occurrences: [Occurrence]) {
        let order = occurrences.indices.sorted { (occurrences[$0].name, $0) < (occurrences[$1].name, $1) }
        var names: [String] = []
        var spans: [Span] = []
        var inFocus: [Bool] = []
        // Exact capacities: the terms of all points are a third of the
        // linker's memory, and arrays grown by appending are up to twice
        // as large as their contents.
        let distinct = zip(order.dropFirst(), order).reduce(order.isEmpty ? 0 : 1) {
            $0 + (occurrences[$1.0].name == occurrences[$1.1].name ? 0 : 1)
        }
        names.reserveCapacity(distinct)
        spans.reserveCapacity(distinct)
        inFocus.reserveCapacity(distinct)
        for i in order {
            let occurrence = occurrences[i]
            if names.last == occurrence.name {
                if occurrence.inFocus { inFocus[inFocus.count - 1] = true }
            } else {
                names.append(occurrence.name)
                spans.append(occurrence.span)
                inFocus.append(occurrence.inFocus)
            }
        }
        self.ownNames = names
        self.spans = spans
        self.inFocus = inFocus
        self.text = text
    }

    /// The number of distinct terms.
    var count: Int { isNumbered ? numbers.count : ownNames.count }

    /// The name of the term at `position` in `names`.
    func name(at position: Int) -> String { isNumbered ? table[Int(numbers[position])] : ownNames[position] }

    /// Replaces each term's name by its number in `table` (`numbers`, in
    /// `names` order): 4 bytes per term instead of a 16-byte string and,
    /// for a key phrase, its own copy of the characters. The index numbers
    /// every point's terms; at 10,000 documents this is some 3.7 million
    /// terms, held until the last label and explanation are made.
    mutating func number(_ numbers: [Int32], in table: [String]) {
        self.numbers = numbers
        self.table = table
        ownNames = []
        isNumbered = true
    }

    /// The position of `term` in `names`, if the point has it.
    ///
    /// - Complexity: O(log k).
    func position(of term: String) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if name(at: mid) < term { low = mid + 1 } else { high = mid }
        }
        return low < count && name(at: low) == term ? low : nil
    }

    /// Whether `term` lies in the point's claim.
    func isFocus(_ term: String) -> Bool { position(of: term).map { inFocus[$0] } ?? false }

    /// Whether the term at `position` lies in the point's claim.
    func isFocus(at position: Int) -> Bool { inFocus[position] }

    /// The terms in the point's claim, sorted.
    var focusTerms: [String] { (0..<count).filter { inFocus[$0] }.map { name(at: $0) } }

    /// How `term` was written where it first occurs ("Cold War", not "cold war").
    func surface(of term: String) -> String? {
        guard let position = position(of: term) else { return nil }
        let span = spans[position]
        var text = text
        return text.withUTF8 { bytes in
            func run(_ from: Int32, _ to: Int32) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(from)..<Int(to)]), as: UTF8.self)
            }
            guard span.secondStart >= 0 else { return run(span.start, span.end) }
            return run(span.start, span.end) + " " + run(span.secondStart, span.secondEnd)
        }
    }

    /// One occurrence of a term, in text order.
    struct Occurrence {
        let name: String
        let span: Span
        let inFocus: Bool
    }

    /// Whether the cue at `start` is a passive participle ("sanctions were
    /// strongly condemned by Beijing"): then the claim is its subject, before
    /// it, and the holder follows.
    static func isPassive(_ tokens: [Token], cueAt start: Int) -> Bool {
        let word = tokens[start].lower
        guard word.hasSuffix("ed") || word.hasSuffix("en") else { return false }
        var k = start - 1
        while k >= 0 && k >= start - 3 && tokens[k].isWord {
            if ["is", "are", "was", "were", "be", "been", "being"].contains(tokens[k].lower) { return true }
            guard tokens[k].lower.hasSuffix("ly") else { return false }
            k -= 1
        }
        return false
    }

    /// The term occurrences of a sentence's `tokens`, with its `cues` and
    /// contrast `mask`; spans are made relative to byte `base`.
    static func extract(_ tokens: [Token], cues: [CueMatch], mask: [Bool], base: Int, lexicon: borrowing Lexicon) -> [Occurrence] {
        var isCue = Array(repeating: false, count: tokens.count)
        for cue in cues where cue.cueClass != .negativeEvaluative && cue.cueClass != .positiveEvaluative {
            for k in cue.start..<cue.end { isCue[k] = true }
        }
        var focusStart = 0
        if let primary = cues.first(where: { $0.cueClass.marksPosition && !mask[$0.start] }), primary.cueClass.takesHolderSubject,
            !Self.isPassive(tokens, cueAt: primary.start)
        {
            focusStart = primary.end
        }
        var occurrences: [Occurrence] = []
        occurrences.reserveCapacity(tokens.count * 2)
        var previous: (term: String, range: Range<Int>)?
        var inFocus = false
        func add(_ term: String, _ from: Int, _ to: Int) {
            let range = (tokens[from].start - base)..<(tokens[to].end - base)
            occurrences.append(Occurrence(name: term, span: Span(range), inFocus: inFocus))
            if let previous, !previous.term.hasPrefix("@"), !term.hasPrefix("@"), previous.term != term {
                occurrences.append(
                    Occurrence(name: previous.term + " " + term, span: Span(previous.range, then: range), inFocus: inFocus))
            }
            previous = (term, range)
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
                add("@" + target.entity, i, end - 1)
                i = end
                continue
            }
            if let (group, end, _) = lexicon.synonymPhrases.match(tokens, at: i) {
                add(group, i, end - 1)
                i = end
                continue
            }
            let word = token.lower
            if lexicon.stopwords.contains(token) || Self.isTooShortOrNumeric(word) {
                previous = nil
                i += 1
                continue
            }
            let stem = Stemmer.stem(word)
            add(lexicon.synonyms[stem] ?? stem, i, i)
            i += 1
        }
        return occurrences
    }

    /// Whether `word` has fewer than three characters or starts with a digit
    /// (counted on bytes for ASCII words, by `Character` otherwise).
    static func isTooShortOrNumeric(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return word.count < 3 || word.first?.isNumber == true }
        return utf8.count < 3 || utf8.first.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } == true
    }
}
