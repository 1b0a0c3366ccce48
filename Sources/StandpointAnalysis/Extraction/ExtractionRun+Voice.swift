import StandpointModel

/// The document's own voice: who holds what a document states with no
/// holder of its own ("We call for …", "The Council condemns …",
/// "Europe must rearm.").
extension ExtractionRun {
    /// The document's main voice: the author of a commentary (or the entity
    /// an official author writes for: "By …, Chinese Ambassador to …"; a byline that
    /// is not a reporter's, in a text without a wire dateline: the writer
    /// holds what the piece argues, however often it names the states it
    /// discusses); else the entity most often named explicitly as a holder
    /// (or as the affiliation of a transcript's speaker label), first named
    /// on a tie, unless a title naming a kind of statement names its issuer
    /// ("Communiqué of the … Peace and Security Council", "Chairman's
    /// Statement of the … ASEAN Foreign Ministers' Meeting"): then that
    /// issuer; with no holder named, the entity the title names; else the
    /// byline's author; else nil.
    ///
    /// - Complexity: O(n) in the document's tokens.
    func mainVoice(_ units: [Unit]) -> Holder? {
        if let authorHolder, isCommentary(units) { return authorHolder }
        let title = titleVoice(units)
        // "Communiqué of the … Peace and Security Council": the issuer is the voice, however many parties it quotes
        if let title, title.isIssuer { return Holder(name: title.entity) }
        // The entities counted in the order first named, in an array: a
        // document names a few, and hashing each into a dictionary cost more
        // than comparing it with those before (equal entity strings from
        // aliases.txt share their storage and compare at once).
        var counts: [(entity: String, count: Int, first: Int)] = []
        func count(_ entity: String, at i: Int) {
            if let k = counts.firstIndex(where: { $0.entity == entity }) {
                counts[k].count += 1
            } else {
                counts.append((entity, 1, i))
            }
        }
        // By index, not `enumerated()`, which copied every unit to read two fields.
        for i in units.indices {
            // a transcript's speaker labels name the voice as much as its subjects do
            if units[i].opensTurn, case .named(let entity?, _, _)? = units[i].turnSpeaker {
                count(entity, at: i)
            }
            // a side named only by its own words ("For the Liberal Democrats, …") is not a known voice
            guard case .named(let entity?, _, _)? = units[i].mention,
                lexicon.aliases.entities.contains(entity) || entity.containsText(" and ")
            else { continue }
            count(entity, at: i)
        }
        guard let best = counts.max(by: { ($0.count, -$0.first) < ($1.count, -$1.first) }) else {
            return title.map { Holder(name: $0.entity) } ?? authorHolder
        }
        return Holder(name: best.entity)
    }

    /// The entity the document's title names first (not as an object), and
    /// whether the title names a kind of statement (aliases.txt
    /// `[issued-documents]`: "communiqué", "statement", "conclusions"), so
    /// that the entity is the one issuing it. Its aliases are read from the
    /// title's `AliasMatches`, where the holder finder found them.
    func titleVoice(_ units: [Unit]) -> (entity: String, isIssuer: Bool)? {
        // (Read in place: a copy of the whole first unit cost more than the look-ups the aliases spare.)
        guard !units.isEmpty, units[0].isHeading else { return nil }
        let tokens = units[0].tokens
        let found = units[0].aliases
        var k = 0
        while k < tokens.count {
            guard tokens[k].isWord, let (target, end) = found.match(tokens, at: k, in: lexicon.aliases) else {
                k += 1
                continue
            }
            // "Statement on the situation in Sudan": what the statement is about is not its issuer
            var p = k - 1
            while p >= 0, tokens[p].isWord, Self.titleDeterminers.contains(tokens[p]) { p -= 1 }
            if p >= 0, tokens[p].isWord, Self.topicMarkers.contains(tokens[p]) {
                k = end
                continue
            }
            return (target.entity, tokens.contains { $0.isWord && lexicon.aliases.issuedDocuments.contains($0) })
        }
        return nil
    }

    static let titleDeterminers: WordSet = ["the", "a", "an", "eastern", "western", "northern", "southern", "occupied"]
    static let topicMarkers: WordSet = [
        "in", "on", "about", "regarding", "concerning", "over", "against", "to", "with", "toward", "towards", "into", "at",
    ]

    /// Whether the document is a commentary: it has a byline that is not a
    /// reporter's and no wire dateline, so its author holds what it argues.
    func isCommentary(_ units: [Unit]) -> Bool {
        author != nil && !authorReports && !hasDateline(units)
    }

    /// Whether one of the first three sentences opens with a wire dateline
    /// ("MOSCOW, Feb 2 (Reuters) -", "TEHRAN, Aug. 29 (IRNA) -"): a city
    /// in capitals, then an agency in brackets within ten tokens.
    func hasDateline(_ units: [Unit]) -> Bool {
        units.prefix(3).contains { unit in
            let tokens = unit.tokens
            guard let first = tokens.first, first.isAllCaps else { return false }
            return tokens.prefix(12).indices.contains { k in
                tokens[k].kind == .openParen && k + 2 < tokens.count && tokens[k + 1].isWord && tokens[k + 1].isCapitalized
                    && tokens[k + 2].kind == .closeParen
            }
        }
    }

    /// Whether a byline names a reporter rather than an author of opinion
    /// ("By Hannah Whitfield, Political Correspondent"; aliases.txt
    /// `[reporters]`).
    static func isNewsByline(_ tokens: [Token], lexicon: Lexicon) -> Bool {
        tokens.contains { $0.isWord && lexicon.aliases.reporters.contains($0) }
    }

    /// Whether a sentence is an operative paragraph: after its list number
    /// (and an adverb), it opens with a capitalised verb in the third person
    /// that is a cue ("1. Expresses deep concern …", "Strongly condemns …",
    /// "Calls upon …"): its subject is the communiqué's or resolution's voice.
    ///
    /// In a numbered paragraph the cue may follow the verb by two words
    /// ("3. Expresses deep concern over …").
    ///
    /// A word is a number when its bytes in `bytes` are all digits (as its
    /// lower-case text's are: lower-casing changes no digit), read in place
    /// rather than from a `String` made for each sentence's first word.
    static func isOperative(_ tokens: [Token], cues: [CueMatch], numbered: Bool, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard
            var first = tokens.firstIndex(where: { token in
                token.isWord && !bytes[token.start..<token.end].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            })
        else {
            return false
        }
        guard tokens[first].isCapitalized else { return false }
        if tokens[first].hasSuffix("ly"), first + 1 < tokens.count, tokens[first + 1].isWord { first += 1 }
        guard tokens[first].hasSuffix("s"), let cue = cues.first else { return false }
        return cue.start == first || (numbered && cue.start <= first + 2)
    }

    /// Whether the sentence at `range` opens a numbered paragraph ("3. …",
    /// "(3) …", "3) …"): only a number and its mark stand between it and the
    /// start of its line.
    ///
    /// Always inlined: called from mutating methods, a call copied the whole
    /// run (some 5 KB, its lexicon and its holder finder's) to pass `self`.
    @inline(__always)
    func isNumbered(_ range: ByteRange) -> Bool {
        var k = range.start
        while k > 0, bytes[k - 1] == 0x20 || bytes[k - 1] == 0x09 { k -= 1 }
        guard k > 0, bytes[k - 1] == UInt8(ascii: ".") || bytes[k - 1] == UInt8(ascii: ")") else { return false }
        k -= 1
        var digits = 0
        while k > 0, bytes[k - 1] >= 0x30 && bytes[k - 1] <= 0x39, digits < 4 {
            k -= 1
            digits += 1
        }
        if k > 0, bytes[k - 1] == UInt8(ascii: "(") { k -= 1 }
        return digits > 0 && (k == 0 || bytes[k - 1] == 0x0A || bytes[k - 1] == 0x20 || bytes[k - 1] == 0x09)
    }

    /// The author named by a biography line when there is no byline ("Maria
    /// Ortega is a senior fellow at the Centre for European Reform."): a
    /// paragraph of at most thirty words that opens with a name of two to
    /// four capitalised words, then "is a / is an / is the" and a title or
    /// role within eight words. The piece is then a commentary by that author.
    mutating func takeBiography(_ units: [Unit]) {
        for unit in units where unit.tokens.count <= 40 && isOwnLine(unit.sentence.range) {
            let tokens = unit.tokens
            var k = 0
            while k < tokens.count, k < 4, tokens[k].isWord, tokens[k].isCapitalized { k += 1 }
            guard k >= 2, k + 2 < tokens.count, tokens[k].spells("is"), tokens[k + 1].spells("a") || tokens[k + 1].spells("an") || tokens[k + 1].spells("the"),
                tokens[(k + 2)..<min(tokens.count, k + 10)].contains(where: {
                    $0.isWord && (lexicon.aliases.titles.contains($0) || lexicon.aliases.roles.contains($0))
                }),
                lexicon.aliases.match(tokens, at: 0) == nil
            else { continue }
            takeByline(text(tokens[0], tokens[k - 1]), tokens: tokens)
            return
        }
    }

    /// An author's name alone on a line near the top, with the title on the
    /// same line after a comma or on the next line ("Maria Ortega, Senior
    /// Fellow"; "Maria Ortega" / "Director, Europe Programme"): a byline
    /// without "By". Both lines take no position.
    mutating func takeAuthorLine(_ units: inout [Unit]) {
        for i in 0..<min(4, units.count) where isOwnLine(units[i].sentence.range) {
            let tokens = units[i].tokens
            var k = 0
            while k < tokens.count, k < 5, tokens[k].isWord, tokens[k].isCapitalized, !lexicon.aliases.titles.contains(tokens[k]),
                !lexicon.aliases.roles.contains(tokens[k]), !lexicon.stopwords.contains(tokens[k])
            {
                k += 1
            }
            guard k >= 2, k <= 4, tokens.count <= 16, lexicon.aliases.match(tokens, at: 0) == nil, lexicon.cues(in: tokens).isEmpty
            else { continue }
            let rest = tokens.dropFirst(k).filter { $0.kind != .stop }
            if rest.isEmpty, i + 1 < units.count, isOwnLine(units[i + 1].sentence.range), isTitleLine(units[i + 1].tokens[...]) {
                takeByline(text(tokens[0], tokens[k - 1]), tokens: units[i + 1].tokens)
                units[i].isHeading = true
                units[i + 1].isHeading = true
                return
            }
            // "Lena Fischer, Senior Fellow", or the title on the next line of the same sentence
            let nextLine = k < tokens.count && bytes[tokens[k - 1].end..<tokens[k].start].contains(0x0A)
            if k < tokens.count, tokens[k].kind == .comma || nextLine, isTitleLine(tokens[(tokens[k].kind == .comma ? k + 1 : k)...]) {
                takeByline(text(tokens[0], tokens[k - 1]), tokens: tokens)
                units[i].isHeading = true
                return
            }
        }
    }

    /// Whether a short line says what someone is ("Senior Fellow, Europe Programme").
    func isTitleLine(_ line: ArraySlice<Token>) -> Bool {
        line.count <= 14 && line.contains { $0.isWord && (lexicon.aliases.titles.contains($0) || lexicon.aliases.roles.contains($0)) }
    }

    /// The name a line holds when it is nothing but two to four capitalised
    /// words that are no title, role or known entity ("Lena Fischer").
    func bareName(_ tokens: [Token]) -> String? {
        let words = tokens.filter { $0.kind != .stop }
        guard words.count >= 2, words.count <= 4, let first = words.first, let last = words.last,
            words.allSatisfy({
                $0.isWord && $0.isCapitalized && !lexicon.aliases.titles.contains($0) && !lexicon.aliases.roles.contains($0)
                    && !lexicon.stopwords.contains($0)
            }),
            lexicon.aliases.match(tokens, at: 0) == nil
        else { return nil }
        return text(first, last)
    }
}
