import StandpointModel

/// Finds the stance points of one document: sentences in which a holder takes
/// a position (demands, appeals, rejections, evaluations, normative claims),
/// with the holder, target, polarity, cue, confidence and the rule that fired.
///
/// A sentence becomes a point when it holds a position cue from cues.txt
/// outside a rejected alternative ("rather than …"), when it is direct
/// speech of a named speaker, or, with lower confidence, when it asserts a
/// judgement in its own voice ("a historic success", "null and void"; see
/// `Lexicon.evaluativeAssertion`); boilerplate sentences and questions never do.
/// Holders come, in order of preference, from the speaker of a quotation, "according
/// to X", "from X's perspective", the subject of a reporting or position verb
/// (with appositions), a possessive before a cue noun ("Beijing's call for"),
/// a trailing "…, Jun underlined"; pronouns and roles ("He", "The
/// spokeswoman") are carried over from earlier sentences, and statements with
/// no holder take the previous holder nearby or the document's main voice
/// (the entity most often named as a holder in it).
///
/// - Complexity: O(n) in the document's bytes (per-sentence work is bounded
///   by the sentence's length times a constant number of lexicon look-ups).
public struct StanceExtractor: Sendable {
    public init() {}

    /// The stance points of `document`, in text order, with provisional ids.
    public func points(in document: Document) -> [StancePoint] {
        var text = document.text
        return text.withUTF8 { bytes in
            var run = ExtractionRun(document: document, bytes: bytes, lexicon: Lexicon.shared)
            return run.extract()
        }
    }

    /// The stance points of `document` with the terms linking will compare
    /// them by (`ClaimLinker.link(_:in:)`), found while each sentence's
    /// tokens and cues are at hand rather than by tokenising every point again.
    public func linkablePoints(in document: Document) -> LinkablePoints {
        var text = document.text
        return text.withUTF8 { bytes in
            var run = ExtractionRun(document: document, bytes: bytes, lexicon: Lexicon.shared)
            return run.extractLinkable()
        }
    }
}

/// The state of extracting one document.
struct ExtractionRun {
    /// What the first pass learns about one sentence.
    struct Unit {
        let sentence: Sentence
        let tokens: [Token]
        let paragraph: Int
        /// Per token, the global id of the quotation it lies in; empty for a
        /// sentence that lies in no quotation and has no quotation mark (read
        /// it through `quote(at:)`).
        var quoteOf: [Int?]
        var cues: [CueMatch] = []
        /// Per token, whether it lies in a rejected alternative
        /// (`Lexicon.sharedContrastMask(_:present:)`): may be longer than `tokens`,
        /// so it is read only at the tokens' indices.
        var mask: [Bool] = []
        var primary: Int?
        var isQuotedSpeech = false
        var mention: HolderMention?
        var mentionRule: RationaleParts = ""
        /// Whether the holder comes from the quotation the cue lies in.
        var quote: Int?
        /// People named anywhere in the sentence, with the role words before them.
        var persons: [HolderFinder.NamedPerson] = []
        /// The aliases the holder finder found in the sentence, for its terms.
        var aliases = AliasMatches()
        /// A title or heading line: it names people but takes no position.
        var isHeading = false
        /// In a transcript, the speaker label of the turn the sentence belongs to.
        var turnSpeaker: HolderMention?
        /// Whether the sentence opens its turn (it carries the label).
        var opensTurn = false
        /// Whether the sentence belongs to a journalist's question in a transcript.
        var isQuestionTurn = false
        /// Whether the sentence is an operative paragraph of a communiqué or
        /// resolution, its subject left to the lead-in ("2. Strongly condemns …").
        var isOperative = false
        /// Whether the holder is a role introduced by "its" or "their" ("Its
        /// foreign policy chief said"): the role of the entity named just before.
        var roleOfPrevious = false

        /// The global id of the quotation token `t` lies in, if any.
        ///
        /// Most sentences lie in no quotation: their `quoteOf` is left empty
        /// rather than an array of nils per sentence (callgrind, 1,000
        /// documents: makeUnits 178.7 -> 167.8 M instructions).
        @inline(__always)
        func quote(at t: Int) -> Int? { t < quoteOf.count ? quoteOf[t] : nil }
    }

    let document: Document
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon
    var finder: HolderFinder
    var quoteMentions: [Int: HolderMention] = [:]
    /// The author named in a byline ("By Anna Keller"), the voice of last resort.
    var author: String?
    /// Whether the byline is a reporter's ("By Hannah Whitfield, Political
    /// Correspondent"): a news report's author does not hold its positions.
    var authorReports = false
    /// The entity an official author writes for ("By Xu Hong, Chinese Ambassador to the Netherlands").
    var authorEntity: String?

    init(document: Document, bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) {
        self.document = document
        self.bytes = bytes
        self.lexicon = lexicon
        self.finder = HolderFinder(lexicon: lexicon, bytes: bytes)
    }

    mutating func extract() -> [StancePoint] {
        var units = makeUnits()
        for i in units.indices { analyse(&units[i]) }
        return resolve(units).points
    }

    /// The points with the terms linking compares them by, made from each
    /// sentence's tokens, cues and contrast mask as analysed here (the cues
    /// as the lexicon finds them: without the evaluative assertions that
    /// `analyse` adds, which linking does not treat as cues).
    mutating func extractLinkable() -> LinkablePoints {
        var units = makeUnits()
        for i in units.indices { analyse(&units[i]) }
        let found = resolve(units)
        // A loop, not `map`: a closure here copied the lexicon (some thirty
        // tables, each retained and released) for every point while it was
        // a struct.
        var terms = DocumentTerms.Builder(expectedTerms: 256, wordTerms: WordTermCache.takeFromThread())
        for (k, u) in found.units.enumerated() {
            // (Filtered only when there is something to drop: a filtered
            // copy per point cost 17 M instructions on the benchmark's 1,000
            // documents, and most points have no assertion cue.)
            let isAssertion = { (cue: CueMatch) in cue.cueClass == .negativeAssertion || cue.cueClass == .positiveAssertion }
            let cues = units[u].cues.contains(where: isAssertion) ? units[u].cues.filter { !isAssertion($0) } : units[u].cues
            terms.add(
                text: found.points[k].textSlice, tokens: units[u].tokens, aliases: units[u].aliases, cues: cues,
                mask: units[u].mask, base: units[u].sentence.range.start, lexicon: lexicon)
        }
        var wordTerms = WordTermCache()
        let store = terms.finish(returning: &wordTerms)
        wordTerms.putBack()
        return LinkablePoints(points: found.points, termStore: store)
    }

    /// Whether a sentence is a title or heading: alone on its line, without
    /// final punctuation, and either the document's first line, written in
    /// title case, or a Markdown heading.
    ///
    /// Always inlined: called from mutating methods, a call copied the whole
    /// run (some 5 KB, its lexicon and its holder finder's) to pass `self`.
    @inline(__always)
    func isHeading(_ range: ByteRange, tokens: [Token], first: Bool) -> Bool {
        guard isOwnLine(range) else { return false }
        if bytes[range.start] == UInt8(ascii: "#") { return true }
        guard let last = tokens.last, last.isWord || last.kind == .closeParen else { return false }
        if first { return true }
        let long = tokens.filter { $0.isWord && $0.lower.count > 3 }
        return long.count >= 2 && long.filter(\.isCapitalized).count * 10 >= long.count * 6
    }

    /// Whether the sentence at `range` is alone on its line.
    ///
    /// Always inlined: called from mutating methods, a call copied the whole
    /// run (some 5 KB, its lexicon and its holder finder's) to pass `self`.
    @inline(__always)
    func isOwnLine(_ range: ByteRange) -> Bool {
        guard range.start == 0 || bytes[..<range.start].last(where: { $0 != 0x20 && $0 != 0x09 }) == 0x0A else { return false }
        return range.end == bytes.count || bytes[range.end...].first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) == 0x0A
    }

    /// A byline too long for the boilerplate rules ("By Maria Ortega,
    /// Director of the Europe Programme"): near the top, alone on its line,
    /// at most fourteen words, opening with "By" and a name. It names the
    /// author and takes no position.
    mutating func takeLongByline(_ range: ByteRange, tokens: [Token], index: Int) -> Bool {
        guard author == nil, index < 4, tokens.lazy.filter(\.isWord).count <= 14, isOwnLine(range),
            let name = Self.byline(bytes, range)
        else { return false }
        takeByline(name, tokens: tokens)
        return true
    }

    /// Keeps the author a byline names, whether it is a reporter's, and the
    /// entity an official author writes for ("By Xu Hong, Chinese Ambassador
    /// to the Netherlands" → China; a known official's name gives it too).
    mutating func takeByline(_ name: String, tokens: [Token]) {
        author = name
        authorReports = Self.isNewsByline(tokens, lexicon: lexicon)
        let official = tokens.contains { $0.isWord && lexicon.aliases.officeTitles.contains($0) }
            && !tokens.contains { $0.isWord && lexicon.aliases.outOfOffice.contains($0) }
        let aliases = lexicon.aliases
        if let known = tokens.indices.lazy.compactMap({ aliases.match(tokens, at: $0) }).first(where: { $0.target.isPerson }) {
            authorEntity = known.target.entity
        } else if official {
            authorEntity = finder.affiliation(in: tokens, 1..<tokens.count)
        }
    }

    /// The holder of what the author writes: the entity an official author
    /// writes for, with the author as speaker, else the author.
    var authorHolder: Holder? {
        author.map { Holder(name: authorEntity ?? $0, speaker: $0) }
    }

    /// The name in a byline "By Anna Keller, Senior Fellow", if the sentence is one.
    static func byline(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange) -> String? {
        // A byline opens with the word "by": its first token spells it, so
        // after the white space the tokenizer passes over, the sentence
        // opens with those two bytes, or it is none and is not tokenised to
        // find that out. (Searching the whole sentence for them took some
        // 2 M instructions more; callgrind, 1,000 documents: makeUnits
        // 102.0 -> 99.7 M.)
        var k = range.start
        while k < range.end {
            let byte = bytes[k]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                k += 1
            } else if case let space = Tokenizer.unicodeSpaceLength(bytes, at: k, end: range.end), space > 0 {
                k += space
            } else {
                break
            }
        }
        guard k + 1 < range.end, bytes[k] | 0x20 == UInt8(ascii: "b"), bytes[k + 1] | 0x20 == UInt8(ascii: "y") else { return nil }
        let tokens = Tokenizer.tokens(bytes, in: range.start..<range.end)
        guard tokens.count >= 3, tokens[0].spells("by") else { return nil }
        var count = 0
        while 1 + count < tokens.count, tokens[1 + count].isWord,
            tokens[1 + count].isCapitalized
                || (count > 0 && 2 + count < tokens.count && HolderFinder.nameParticles.contains(tokens[1 + count])
                    && tokens[2 + count].isWord && tokens[2 + count].isCapitalized)
        {
            count += 1
        }
        let name = tokens[1..<(1 + count)]
        guard name.count >= 2, let first = name.first, let last = name.last else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[first.start..<last.end]), as: UTF8.self)
    }

    /// Tokenises the prose sentences, groups them in paragraphs and finds quotations.
    mutating func makeUnits() -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(document.sentences.count)
        var paragraph = 0
        var previousEnd = 0
        var quotes = QuoteSpans()
        var turn: TurnLabel?
        /// A name alone on a line near the top, waiting for a title line to make it a byline.
        var pendingName: String?
        let scratch = TokenScratch()
        for sentence in document.sentences {
            let range = sentence.range
            if range.start > previousEnd && bytes[previousEnd..<range.start].contains(0x0A) {
                quotes.endParagraph()
                paragraph += 1
            }
            previousEnd = range.end
            guard !sentence.isBoilerplate else {
                if author == nil, let name = Self.byline(bytes, range) {
                    takeByline(name, tokens: Tokenizer.tokens(bytes, in: range.start..<range.end, scratch: scratch))
                } else if author == nil, units.count < 4 {
                    // "Lena Fischer" / "Senior Fellow, Europe Programme": a name line, then its title
                    let tokens = Tokenizer.tokens(bytes, in: range.start..<range.end, scratch: scratch)
                    if let name = pendingName, isTitleLine(tokens[...]) {
                        takeByline(name, tokens: tokens)
                    } else {
                        pendingName = bareName(tokens)
                        continue
                    }
                }
                pendingName = nil
                continue
            }
            let tokens = Tokenizer.tokens(bytes, in: range.start..<range.end, scratch: scratch)
            // (Asked first here, as `takeLongByline` asks: calling it for every sentence cost 3.7 M instructions.)
            let isByline = author == nil && units.count < 4 && takeLongByline(range, tokens: tokens, index: units.count)
            var heading = isByline || isHeading(range, tokens: tokens, first: units.isEmpty)
            if author == nil, let name = pendingName, isOwnLine(range), tokens.count <= 14, isTitleLine(tokens[...]),
                lexicon.cues(in: tokens).isEmpty
            {
                takeByline(name, tokens: tokens)
                heading = true
            }
            pendingName = nil
            var opensTurn = false
            if let label = turnLabel(tokens, range: range) {
                turn = label
                opensTurn = true
            }
            var isQuestionTurn = false
            var turnSpeaker: HolderMention?
            switch turn {
            case .question?: isQuestionTurn = true
            case .speaker(let mention)?: turnSpeaker = mention
            case .unnamed?, nil: break
            }
            // Made where it is appended: a unit made first and then appended was copied.
            units.append(
                Unit(
                    sentence: sentence, tokens: tokens, paragraph: paragraph, quoteOf: quotes.quotes(of: tokens, hasQuoteMark: scratch.hasQuoteMark),
                    isHeading: heading, turnSpeaker: turnSpeaker, opensTurn: opensTurn, isQuestionTurn: isQuestionTurn))
        }
        markQuestionTurns(&units)
        if author == nil { takeAuthorLine(&units) }
        if author == nil { takeBiography(units) }
        return units
    }

    /// The document text between the start of `first` and the end of `last`.
    func text(_ first: Token, _ last: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[first.start..<last.end]), as: UTF8.self)
    }

    /// Finds the cues of the sentence of `unit`, decides whether it is a
    /// point, and who it names as holder. (The unit is changed where it lies
    /// in its array: copying it out and back retained and released its
    /// arrays and copied it twice.)
    mutating func analyse(_ unit: inout Unit) {
        let tokens = unit.tokens
        finder.read(tokens)
        (unit.cues, unit.mask) = Self.cuesAndMask(tokens, lexicon: lexicon)
        let lastKind = tokens.last(where: { $0.kind == .stop || $0.isWord })
        let isQuestion = lastKind.map { $0.kind == .stop && bytes[$0.start] == UInt8(ascii: "?") } ?? false
        // One pass counts the words, the quoted words and the quotation marks
        // (three passes, one over `zip` of tokens and quotations, cost 6 M
        // instructions; callgrind, 1,000 documents).
        // (The quotations read from a local copy, and the loop below entered
        // only where there are quotation marks: reading through `unit`, and
        // testing the count at every token, cost 6 M; callgrind, 1,000 documents.)
        // A sentence with no quotation mark outside any quotation, most of
        // them, has no `quoteOf` (`QuoteSpans.quotes(of:hasQuoteMark:)`):
        // neither marks nor quoted words to count, and its words are counted
        // only to compare with those (callgrind, 1,000 documents: 4.6 M).
        let quoteOf = unit.quoteOf
        var wordCount = 0
        var quotedWords = 0
        var quoteMarks = 0
        if !quoteOf.isEmpty {
            for t in tokens.indices {
                switch tokens[t].kind {
                case .word:
                    wordCount += 1
                    if t < quoteOf.count && quoteOf[t] != nil { quotedWords += 1 }
                case .closeQuote, .openQuote, .straightQuote:
                    quoteMarks += 1
                default:
                    break
                }
            }
        }

        // quotation attribution: the speaker named after a quotation closes, or before it opens
        if quoteMarks > 0 {
            for (t, token) in tokens.enumerated()
            where token.kind == .closeQuote || token.kind == .openQuote || token.kind == .straightQuote {
                guard t < quoteOf.count, let quote = quoteOf[t], !quoteMentions.keys.contains(quote) else { continue }
                let closes = token.kind == .closeQuote
                    || (token.kind == .straightQuote && t > 0 && quoteOf[t - 1] == quote)
                if closes {
                    quoteMentions[quote] = attributionAfterQuote(tokens, after: t, unit: unit)
                } else if t > 0 {
                    quoteMentions[quote] = attributionBeforeQuote(tokens, before: t, unit: unit)
                }
            }
        }
        unit.persons = finder.persons(in: tokens)
        if !isQuestion && !unit.isHeading && !unit.isQuestionTurn {
            unit.primary = unit.cues.firstIndex { $0.cueClass.marksPosition && !unit.mask[$0.start] }
            let endsAsStatement = lastKind.map { $0.kind == .stop } ?? false
            if unit.primary == nil,
                let assertion = lexicon.evaluativeAssertion(in: tokens, mask: unit.mask, endsAsStatement: endsAsStatement)
            {
                let at = unit.cues.firstIndex { $0.start > assertion.start } ?? unit.cues.count
                unit.cues.insert(assertion, at: at)
                unit.primary = at
            }
            if unit.primary == nil && wordCount >= 5 && quotedWords * 2 >= wordCount {
                unit.isQuotedSpeech = true
            }
        }
        unit.isOperative = Self.isOperative(tokens, cues: unit.cues, numbered: isNumbered(unit.sentence.range), bytes: bytes)
        findMention(&unit)
        unit.aliases = finder.sentenceAliases
    }

    /// `lexicon.cues(in:)` and `lexicon.sharedContrastMask(_:present:)` of `tokens`.
    ///
    /// Out of line, with the lexicon as a parameter. (Meant to spare the copy
    /// of the lexicon that a call from a mutating method made; the compiled
    /// code still copied it, 2.5 KB per call, until `Lexicon` became a class.)
    @inline(never)
    static func cuesAndMask(_ tokens: [Token], lexicon: Lexicon) -> ([CueMatch], [Bool]) {
        // (The tokens' presence bits made once for both.)
        let present = PhraseTable<Lexicon.CueClass>.presence(of: tokens)
        return (lexicon.cues(in: tokens, present: present), lexicon.sharedContrastMask(tokens, present: present))
    }

    /// "…,” the expert added." / "…,” said Hua.": the speaker named right after a quotation.
    mutating func attributionAfterQuote(_ tokens: [Token], after close: Int, unit: Unit) -> HolderMention? {
        var k = close + 1
        if k < tokens.count && tokens[k].kind == .comma { k += 1 }
        let end = min(tokens.count, k + 12)
        guard k < end else { return nil }
        for cue in unit.cues where cue.start >= k && cue.start < end && cue.cueClass.takesHolderSubject {
            if cue.start > k, let mention = finder.mention(in: tokens, range: k..<cue.start) {
                return mention
            }
            // "said Hua Chunying"
            var stop = cue.end
            while stop < tokens.count && stop < cue.end + 6 && tokens[stop].isWord { stop += 1 }
            if stop > cue.end, let mention = finder.mention(in: tokens, range: cue.end..<stop) {
                return mention
            }
            return nil
        }
        return nil
    }

    /// "Hua said: “…”": the speaker named right before a quotation.
    mutating func attributionBeforeQuote(_ tokens: [Token], before open: Int, unit: Unit) -> HolderMention? {
        var k = open - 1
        while k >= 0 && (tokens[k].kind == .comma || tokens[k].kind == .clauseMark) { k -= 1 }
        guard k >= 0, let cue = unit.cues.last(where: { $0.end == k + 1 && $0.cueClass.takesHolderSubject }),
            let region = lexicon.subjectRegion(tokens, verb: cue.start, aliases: finder.sentenceAliases)
        else { return nil }
        return finder.mention(in: tokens, range: region)
    }

    /// The holder named as the subject of the verb at `verb`: the nearest
    /// comma-separated chunk, unless an earlier chunk of an apposition names
    /// the person ("Zhang Jun, China's permanent representative, warned").
    mutating func subjectMention(_ tokens: [Token], verb: Int) -> HolderMention? {
        guard let chunks = lexicon.subjectChunks(tokens, verb: verb, aliases: finder.sentenceAliases) else { return nil }
        let nearestChunk = chunks.nearest
        var nearest = finder.mention(in: tokens, range: nearestChunk)
        // "The OSCE Chairperson-in-Office, Finnish Foreign Minister Elina Valtonen, …": the office the
        // subject's head names is the capacity the person speaks in
        if case .named(_, let person?, let surface)? = nearest, chunks.count > 1, case let head = chunks.farthest,
            tokens[head].contains(where: { $0.isWord && lexicon.aliases.officeTitles.contains($0) }),
            case .named(let office?, nil, _)? = finder.mention(in: tokens, range: head)
        {
            return .named(entity: office, person: person, surface: surface)
        }
        if case .named(_, _?, _)? = nearest { return nearest }
        // "Volkswagen said": a lone capitalised name right before the verb
        if Self.isNone(nearest), let word = Self.onlyWord(of: tokens[nearestChunk]), word.isCapitalized,
            !lexicon.stopwords.contains(word), !lexicon.aliases.titles.contains(word),
            !lexicon.clauseOpeners.contains(word), !lexicon.aliases.roles.contains(word)
        {
            nearest = .named(entity: nil, person: nil, surface: text(word, word))
        }
        guard chunks.count > 1 else { return nearest }
        let farthest = chunks.farthest

        let whole = finder.mention(in: tokens, range: farthest.lowerBound..<nearestChunk.upperBound)
        if case .named(_, _?, _)? = whole { return whole }
        return nearest ?? whole
    }

    /// Whether cue words may be "according to" or open with "from " or "in "
    /// (their first byte is "a", "f" or "i"): asked before comparing them,
    /// which for every argue and report cue cost 2.2 M instructions in
    /// `String.hasPrefix` (callgrind, 1,000 documents).
    static func mayNameHolder(_ words: String) -> Bool {
        let first = words.utf8.first
        return first == UInt8(ascii: "a") || first == UInt8(ascii: "f") || first == UInt8(ascii: "i")
    }

    /// The one word of `tokens`, if they hold exactly one (counted without
    /// filtering them into an array, which cost an allocation a verb).
    static func onlyWord(of tokens: ArraySlice<Token>) -> Token? {
        var word: Token?
        for token in tokens where token.isWord {
            guard word == nil else { return nil }
            word = token
        }
        return word
    }

    /// Whether quotation `quote` is a short phrase inside the sentence ("a
    /// "hostile policy"", scare quotes) rather than a speaker's own words.
    /// (Static: a method of the run, called from `findMention`, copied the run to pass `self`.)
    static func isFragment(_ quote: Int, in unit: Unit) -> Bool {
        guard unit.quoteOf.first.flatMap({ $0 }) != quote, unit.quoteOf.last.flatMap({ $0 }) != quote else { return false }
        let words = zip(unit.tokens, unit.quoteOf).filter { $0.0.isWord && $0.1 == quote }.count
        return words < 6
    }

    static let possessivePronouns: WordSet = ["its", "their"]

    static let passiveAuxiliaries: WordSet = ["is", "are", "was", "were", "been", "being", "be"]

    /// The tokens after "by" that name the agent of a passive support or
    /// oppose verb ("was rejected by the Kremlin", "is strongly supported by
    /// Germany and France"), up to the next comma or clause end.
    ///
    /// Always inlined: called from `findMention`, a call copied the run to pass `self`.
    @inline(__always)
    func passiveAgent(_ tokens: [Token], cue: CueMatch) -> Range<Int>? {
        guard cue.cueClass == .support || cue.cueClass == .oppose, cue.end - cue.start == 1,
            tokens[cue.start].hasSuffix("ed"), cue.end < tokens.count, tokens[cue.end].spells("by")
        else { return nil }
        var k = cue.start - 1
        while k >= 0, tokens[k].isWord, tokens[k].hasSuffix("ly") || lexicon.auxiliary.contains(tokens[k]),
            !Self.passiveAuxiliaries.contains(tokens[k])
        {
            k -= 1
        }
        guard k >= 0, Self.passiveAuxiliaries.contains(tokens[k]) else { return nil }
        var stop = cue.end + 1
        while stop < tokens.count, stop < cue.end + 9, tokens[stop].kind != .comma, tokens[stop].kind != .stop,
            tokens[stop].kind != .clauseMark
        {
            stop += 1
        }
        return stop > cue.end + 1 ? (cue.end + 1)..<stop : nil
    }

    /// Nouns for something said: a sentence whose subject is "that argument",
    /// "such claims" or "these accusations" judges what someone else said.
    static let speechNouns: WordSet = [
        "argument", "arguments", "claim", "claims", "assertion", "assertions", "allegation", "allegations",
        "accusation", "accusations", "narrative", "narratives", "notion", "reasoning", "logic", "view", "views",
        "remark", "remarks", "rhetoric", "charge", "charges", "suggestion", "idea", "theory", "statement", "statements",
    ]
    static let demonstratives: WordSet = ["that", "this", "these", "those", "such"]
    static let thirdPersonPronouns: WordSet = ["he", "she", "they"]
    static let copulas: WordSet = ["is", "are", "was", "were"]
    /// Judgements of a person's belief rather than of a thing.
    static let beliefJudgements: WordSet = ["mistaken", "wrong", "misguided", "naive", "misinformed"]

    /// Whether the sentence opens with a demonstrative and a noun for
    /// something said ("That argument", "Such claims", "These accusations")
    /// as the subject of its position cue at `cue`, or calls "they", "he" or
    /// "she" mistaken or wrong: the writer judges another's claim, so the
    /// position is not that claimant's.
    static func judgesReportedClaim(_ tokens: [Token], before cue: Int) -> Bool {
        guard let first = tokens.firstIndex(where: \.isWord), first + 1 < cue else { return false }
        // "They are mistaken", "He is wrong": no one calls their own belief mistaken
        if thirdPersonPronouns.contains(tokens[first]), copulas.contains(tokens[first + 1]), cue - first <= 4,
            beliefJudgements.contains(tokens[cue])
        {
            return true
        }
        guard demonstratives.contains(tokens[first]) else { return false }
        var k = first + 1
        // "such baseless claims", "the so-called argument": at most one word before the noun
        if !speechNouns.contains(tokens[k]), k + 1 < cue, tokens[k + 1].isWord { k += 1 }
        guard tokens[k].isWord, speechNouns.contains(tokens[k]) else { return false }
        return !tokens[first..<cue].contains { $0.kind == .comma || $0.kind == .clauseMark }
    }

    /// Whether the verb at `verb` is an infinitive after a noun or adjective
    /// ("has no locus standi to comment", "is ready to respond"): its subject
    /// does not say anything. After a verb of wanting ("would like to stress",
    /// "wanted to say") the subject does speak.
    static func isBareInfinitive(_ tokens: [Token], _ verb: Int) -> Bool {
        guard verb >= 2, tokens[verb - 1].spells("to"), tokens[verb - 2].isWord else { return false }
        return !wantingVerbs.contains(tokens[verb - 2])
    }
    static let wantingVerbs: WordSet = [
        "like", "want", "wants", "wanted", "wish", "wishes", "wished", "continue", "continues", "continued", "going",
        "decided", "chose", "hastened", "sought", "seeks", "seek", "tried", "tries", "try", "began", "begins",
    ]

    /// The holder named after a support or oppose cue by "from" ("drew
    /// swift criticism from Washington", "condemnation from the African
    /// Union"), up to the next comma or clause end: a position noun's source.
    mutating func nounSource(_ tokens: [Token], cue: CueMatch) -> HolderMention? {
        guard cue.cueClass == .support || cue.cueClass == .oppose, cue.end + 1 < tokens.count, tokens[cue.end].spells("from")
        else { return nil }
        var stop = cue.end + 1
        while stop < tokens.count, stop < cue.end + 9, tokens[stop].kind != .comma, tokens[stop].kind != .stop,
            tokens[stop].kind != .clauseMark
        {
            stop += 1
        }
        guard let mention = finder.mention(in: tokens, range: (cue.end + 1)..<stop), case .named = mention else { return nil }
        return mention
    }

    /// The entity of an opening "In Beijing," / "In Moscow," (a capital or
    /// country of aliases.txt, nothing else in the chunk).
    func openingPlace(_ tokens: [Token]) -> String? {
        guard tokens.count > 3, tokens[0].spells("in"), let comma = tokens.prefix(6).firstIndex(where: { $0.kind == .comma }),
            let (target, end) = lexicon.aliases.match(tokens, at: 1), end == comma, !target.isPerson
        else { return nil }
        return target.entity
    }

    /// The side named by an opening "For the X," ("For the Liberal
    /// Democrats, …", "For Moscow, …"): a known entity, or the capitalised
    /// words of a name.
    func openingSide(_ tokens: [Token]) -> String? {
        guard tokens.count > 3, tokens[0].spells("for"),
            let comma = tokens.prefix(8).firstIndex(where: { $0.kind == .comma })
        else { return nil }
        if let entity = finder.affiliation(in: tokens, 1..<comma) { return entity }
        let words = tokens[1..<comma].drop { $0.spells("the") }
        guard let first = words.first, let last = words.last, words.allSatisfy({ $0.isWord && $0.isCapitalized }) else { return nil }
        return text(first, last)
    }

    /// Who sentence `unit` names as the holder of its position, and by which rule.
    mutating func findMention(_ unit: inout Unit) {
        let tokens = unit.tokens
        let cues = unit.cues
        // "The European Parliament," / "the Council:" alone on a line: the subject of the paragraphs that follow
        if unit.primary == nil, !unit.isQuotedSpeech, let last = tokens.last, last.kind == .comma || last.kind == .clauseMark,
            tokens.count <= 10, isOwnLine(unit.sentence.range),
            let mention = finder.mention(in: tokens, range: 0..<(tokens.count - 1)), case .named = mention
        {
            unit.mention = mention
            unit.mentionRule = "subject of the paragraphs that follow"
            return
        }
        let primaryStart = unit.primary.map { cues[$0].start }
        if let primaryStart, let quote = unit.quote(at: primaryStart), !Self.isFragment(quote, in: unit) {
            unit.quote = quote
            unit.mentionRule = "speaker of the quotation"
            return
        }
        if unit.isQuotedSpeech, let quote = unit.quoteOf.compactMap({ $0 }).first {
            unit.quote = quote
            unit.mentionRule = "speaker of the quotation"
            return
        }
        // "according to X", "from X's perspective"
        // (the class first: comparing every cue's words cost 6.6 M instructions, callgrind, 1,000 documents)
        for cue in cues where (cue.cueClass == .argue || cue.cueClass == .report) && Self.mayNameHolder(cue.words)
            && (cue.words == "according to" || cue.words.hasPrefix("from ") || cue.words.hasPrefix("in "))
        {
            let range: Range<Int>
            // "according to X", "in the view of X", "in the eyes of X": the holder follows the cue
            if cue.words == "according to" || cue.words.hasSuffix(" of") {
                var stop = cue.end
                while stop < tokens.count && stop < cue.end + 10 && tokens[stop].kind != .comma && tokens[stop].kind != .stop {
                    stop += 1
                }
                range = cue.end..<stop
            } else {
                range = (cue.start + 1)..<max(cue.start + 1, cue.end - 1)
            }
            if let mention = finder.mention(in: tokens, range: range) {
                unit.mention = mention
                unit.mentionRule = RationaleParts("named by '", cue.words, "'")
                return
            }
        }
        // "drew swift criticism from Washington", "a warning from Beijing": who a position noun comes from
        if let primary = unit.primary, let mention = nounSource(tokens, cue: cues[primary]) {
            unit.mention = mention
            unit.mentionRule = RationaleParts("'", cues[primary].words, " from'")
            return
        }
        // "The plan was rejected by Moscow": the agent of a passive position verb
        if let primary = unit.primary, !cues[..<primary].contains(where: { $0.cueClass.takesHolderSubject }),
            let agent = passiveAgent(tokens, cue: cues[primary]),
            let mention = finder.mention(in: tokens, range: agent), case .named = mention
        {
            unit.mention = mention
            unit.mentionRule = RationaleParts("agent of '", cues[primary].words, " by'")
            return
        }
        // "We, the G7 Foreign Ministers of …, condemn": the apposition to an opening "we" names the voice
        if tokens.count > 3, tokens[0].spells("we"), tokens[1].kind == .comma,
            let comma = tokens[2...].firstIndex(where: { $0.kind == .comma || $0.kind == .clauseMark || $0.kind == .stop }),
            let mention = finder.mention(in: tokens, range: 2..<comma), case .named = mention
        {
            unit.mention = mention
            unit.mentionRule = "named beside 'we'"
            return
        }
        // "That argument is mistaken": judging a claim reported before is the document's own voice
        if let primaryStart, Self.judgesReportedClaim(tokens, before: primaryStart) {
            unit.mention = .writer
            unit.mentionRule = "judges a claim reported before"
            return
        }
        // the subject of the first reporting or position verb up to the cue
        let limit = primaryStart ?? tokens.count
        for cue in cues where cue.start <= limit && cue.cueClass.takesHolderSubject && unit.quote(at: cue.start) == nil
            && !Self.isBareInfinitive(tokens, cue.start) && !lexicon.judgesItsSubject(tokens, cue: cue)
        {
            guard var mention = subjectMention(tokens, verb: cue.start) else { continue }
            if case .definiteRole = mention, let first = tokens.firstIndex(where: \.isWord),
                Self.possessivePronouns.contains(tokens[first]), first < cue.start
            {
                unit.roleOfPrevious = true
            }
            // "For the Liberal Democrats, spokesperson Calum Miller called for …": the side a person speaks for
            if case .named(nil, let person?, let surface) = mention, let side = openingSide(tokens) {
                mention = .named(entity: side, person: person, surface: surface)
            }
            // "In Beijing, the foreign ministry said …": the place a role speaks from
            if case .definiteRole(let role) = mention, let place = openingPlace(tokens) {
                mention = .named(entity: place, person: nil, surface: role)
            }
            unit.mention = mention
            unit.mentionRule = RationaleParts("subject of '", cue.words, "'")
            return
        }
        guard let primary = unit.primary else { return }
        // "Beijing's long-standing call for"
        let cue = cues[primary]
        var k = cue.start - 1
        while k >= 0 && k >= cue.start - 4 && [.support, .oppose, .argue].contains(cue.cueClass) {
            if tokens[k].kind == .possessive, k > 0,
                let mention = finder.mention(in: tokens, range: max(0, k - 3)..<k),
                case .named = mention
            {
                unit.mention = mention
                unit.mentionRule = RationaleParts("possessor of '", cue.words, "'")
                return
            }
            k -= 1
        }
        // "…, Jun underlined.", "…, a spokesperson for the embassy said."
        for later in cues where later.start > cue.start && later.cueClass.takesHolderSubject
            && later.start > 0 && unit.quote(at: later.start) == nil
        {
            guard let comma = tokens[..<later.start].lastIndex(where: { $0.kind == .comma }), later.start - comma <= 8,
                let mention = finder.mention(in: tokens, range: (comma + 1)..<later.start)
            else { continue }
            unit.mention = mention
            unit.mentionRule = "speaker named after the statement"
            return
        }
    }
}
