/// Finds who a stretch of tokens names as a holder: a subject before a
/// reporting verb, the speaker after a quote, the noun after "according to".
///
/// Persons are preferred (they carry the entity they speak for), then
/// entities, then roles and pronouns, which the extractor resolves from
/// context. Mentions after "to", "with", "against" and the like are objects
/// rather than holders and are skipped ("representative to the United Nations").
struct HolderFinder {
    /// The lexicon's aliases, titles and roles.
    ///
    /// The finder keeps the two tables it reads rather than the whole
    /// lexicon: a copy of the lexicon per document retained and released
    /// some 220 arrays, and a call from a `mutating` method to another of
    /// the finder's copies the whole finder to the stack (2,560 bytes with
    /// the lexicon; callgrind, 1,000 documents: 12 M instructions of
    /// copying the lexicon, 4 M of `memcpy`). Both tables' owners are
    /// classes now, so that copy is gone either way; the two tables are
    /// still all the finder needs.
    let aliases: AliasTable
    /// The lexicon's stopwords.
    let stopwords: WordSet
    /// The document's text, which tokens point into.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Single words of the people named so far in the document ("hua" → "Hua Chunying").
    var names = PersonNames(minimumCapacity: 16)
    /// The aliases found so far in the sentence read last (`read(_:)`),
    /// which the finder's methods read when given its tokens, as do
    /// `PointTerms.extract` and the look-ups of the sentence's subject
    /// (`Lexicon.subjectRegion`).
    private(set) var sentenceAliases = AliasMatches()

    init(lexicon: borrowing Lexicon, bytes: UnsafeBufferPointer<UInt8>) {
        aliases = lexicon.aliases
        stopwords = lexicon.stopwords
        self.bytes = bytes
    }

    private static let objectMarkers: WordSet = [
        "to", "with", "against", "toward", "towards", "at", "on", "into", "over", "about", "near", "than",
        "between", "including", "like", "unlike", "versus", "vs", "for", "from", "upon",
        // "Malaysia, as ASEAN Chair, …": the capacity a holder speaks in
        "as",
    ]
    private static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those"]
    private static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "prof"]
    /// Plural roles that, after "both", "the two" or "the", mean the parties
    /// of a meeting or call ("The two leaders reaffirmed", "Both sides agreed").
    private static let jointRoles: WordSet = ["leaders", "sides", "ministers", "presidents", "delegations"]
    private static let jointMarkers: WordSet = ["both", "two", "the"]

    /// The pronouns that point back to a holder, by the mention they make.
    private static let pronouns: WordTable<HolderMention> = {
        var table = WordTable<HolderMention>()
        for word in ["he", "she", "his", "her", "him"] { table[word] = .personPronoun }
        for word in ["they", "their", "them"] { table[word] = .groupPronoun }
        for word in ["we", "our"] { table[word] = .firstPerson }
        for word in ["i", "my"] { table[word] = .writer }
        return table
    }()

    /// The first two entities named with a person or alone, in text order,
    /// as far as `mention` needs them: the first, and the first after it
    /// that differs ("Putin and Xi Jinping" hold together).
    ///
    /// Kept while the words are read: collecting every person and entity in
    /// arrays, joining and sorting them allocated five arrays a call
    /// (callgrind, 1,000 documents: some 20 M instructions of 69 M).
    private struct Affiliations {
        var first: (entity: String, at: Int)?
        var second: (entity: String, at: Int)?

        mutating func note(_ entity: String?, at k: Int) {
            guard let entity else { return }
            if let first {
                if second == nil, entity != first.entity { second = (entity, k) }
            } else {
                first = (entity, k)
            }
        }
    }

    /// Starts on the sentence `tokens`: the aliases the finder's methods
    /// find in its tokens are remembered (`AliasMatches`) until the next
    /// sentence, for its other look-ups and, through `sentenceAliases`,
    /// for `PointTerms.extract`.
    mutating func read(_ tokens: [Token]) {
        sentenceAliases = AliasMatches(of: tokens)
    }

    /// `aliases.match(tokens, at: k)` of a token that passed
    /// `aliases.mayMatch(tokens, at: k)`, remembered when `tokens` is the
    /// sentence read last. (Callers make the quick test themselves: with it
    /// in here, this was called for every word, 46 M instructions of
    /// `persons` on 1,000 documents.)
    @inline(__always)
    private mutating func aliasCandidate(_ tokens: [Token], at k: Int) -> (target: AliasTable.Target, end: Int)? {
        guard sentenceAliases.isOf(tokens) else { return aliases.candidate(tokens, at: k) }
        return sentenceAliases.candidate(tokens, at: k, in: aliases)
    }

    /// `aliases.match(tokens, at: k)` for the methods that do not change the finder:
    /// read where remembered, not remembered otherwise.
    @inline(__always)
    private func knownAlias(_ tokens: [Token], at k: Int) -> (target: AliasTable.Target, end: Int)? {
        sentenceAliases.match(tokens, at: k, in: aliases)
    }

    /// The best holder mention in `tokens[range]`, registering the people it names.
    mutating func mention(in tokens: [Token], range: Range<Int>) -> HolderMention? {
        var person: (name: String, entity: String?)?
        var entity: (name: String, start: Int, end: Int)?
        var affiliations = Affiliations()
        /// The role word (or an institution's head noun), whether it is definite, and where it is.
        var role: (definite: Bool, index: Int)?
        var pronoun: HolderMention?
        var k = range.lowerBound
        while k < range.upperBound {
            let token = tokens[k]
            guard token.isWord else {
                k += 1
                continue
            }
            // Whether the word is no object (`isObject`) is asked only where
            // the word could name a holder: most words of a subject are
            // none, and asking at each cost some 80 instructions a word.
            if aliases.mayMatch(tokens, at: k), let (target, end) = aliasCandidate(tokens, at: k), end <= range.upperBound {
                if !isObject(tokens, k, lower: range.lowerBound) && !isOutOfOffice(tokens, k, lower: range.lowerBound) {
                    if target.isPerson {
                        let name = text(tokens[k], tokens[end - 1])
                        if person == nil { person = (name, target.entity) }
                        affiliations.note(target.entity, at: k)
                        register(name, entity: target.entity)
                    } else if !namesOfficeOfAnother(tokens, after: end, limit: range.upperBound) {
                        if entity == nil { entity = (target.entity, k, end) }
                        affiliations.note(target.entity, at: k)
                    }
                }
                k = end
                continue
            }
            if token.isCapitalized && !aliases.titles.contains(token) && !Self.determiners.contains(token)
                && (!stopwords.contains(token) || isSurname(tokens, k, limit: range.upperBound))
            {
                let eligible = !isObject(tokens, k, lower: range.lowerBound)
                let run = nameRun(tokens, from: k, limit: range.upperBound)
                if run.end - k >= 2 {
                    switch kindOfRun(tokens, k..<run.end, entity: run.entity, limit: range.upperBound) {
                    case .descriptor:
                        break
                    case .institution:
                        if eligible && role == nil {
                            let definite = k > range.lowerBound && Self.determiners.contains(tokens[k - 1])
                            role = (definite, run.end - 1)
                        }
                    case .person:
                        let name = text(tokens[k], tokens[run.end - 1])
                        if eligible {
                            if person == nil { person = (name, run.entity) }
                            affiliations.note(run.entity, at: k)
                        }
                        register(name, entity: run.entity)
                    }
                    k = run.end
                    continue
                }
                if k > range.lowerBound, Self.honorifics.contains(tokens[k - 1]) || (k > range.lowerBound + 1 && tokens[k - 1].kind == .stop && Self.honorifics.contains(tokens[k - 2])) {
                    if eligible {
                        let known = names.value(for: token)?.entity
                        if person == nil { person = (text(token, token), known) }
                        affiliations.note(known, at: k)
                    }
                    k += 1
                    continue
                }
                if let known = names.value(for: token), eligible {
                    if person == nil { person = (known.person, known.entity) }
                    affiliations.note(known.entity, at: k)
                    k += 1
                    continue
                }
            }
            if aliases.roles.contains(token) && role == nil {
                if !isObject(tokens, k, lower: range.lowerBound) {
                    let definite = k > range.lowerBound
                        && (tokens[k - 1].spells("the") || tokens[k - 1].spells("this") || aliases.titles.contains(tokens[k - 1]))
                    // "A senior European official": an indefinite article introduces someone new
                    let indefinite = tokens[max(range.lowerBound, k - 4)..<k].contains { $0.spells("a") || $0.spells("an") }
                    role = (!indefinite && (definite || !token.hasSuffix("s")), k)
                }
            } else if pronoun == nil, let found = Self.pronouns.value(for: token), !isObject(tokens, k, lower: range.lowerBound) {
                pronoun = found
            }
            k += 1
        }
        // two entities joined by "and" hold together ("Putin and Xi Jinping")
        if let first = affiliations.first, let second = affiliations.second,
            tokens[first.at..<second.at].contains(where: { $0.spells("and") })
        {
            return .named(entity: "\(first.entity) and \(second.entity)", person: nil, surface: "")
        }
        if let (person, personEntity) = person {
            let affiliation = personEntity ?? entity?.name
            // "Japan's chief cabinet secretary Minoru Kihara": a later "Kihara" speaks for Japan too
            if personEntity == nil, let affiliation { register(person, entity: affiliation) }
            return .named(entity: affiliation, person: person, surface: person)
        }
        if let first = entity {
            var start = first.start
            while start < first.end - 1, Self.determiners.contains(tokens[start]) { start += 1 }
            var end = first.end
            while end < range.upperBound, end < first.end + 3, tokens[end].isWord,
                tokens[end].isCapitalized || aliases.roles.contains(tokens[end])
                    || aliases.titles.contains(tokens[end])
            {
                end += 1
            }
            return .named(entity: first.name, person: nil, surface: text(tokens[start], tokens[end - 1]))
        }
        if let pronoun { return pronoun }
        if let (definite, index) = role {
            if Self.jointRoles.contains(tokens[index]), index > range.lowerBound, Self.jointMarkers.contains(tokens[index - 1]) {
                return .jointParties
            }
            if definite { return .definiteRole(surface: tokens[index].lower) }
            // "Aid groups", "Western diplomats": the words that qualify the group belong to its name
            var start = index
            while start > range.lowerBound, start > index - 3, tokens[start - 1].isWord, !Self.determiners.contains(tokens[start - 1]),
                !stopwords.contains(tokens[start - 1]), !aliases.titles.contains(tokens[start - 1])
            {
                start -= 1
            }
            return .group(surface: text(tokens[start], tokens[index]))
        }
        return nil
    }

    /// Whether the word at `k` follows a preposition that makes it an object.
    ///
    /// Inlined, as is `isOutOfOffice`: `mention` is `mutating`, and calling
    /// a method of the finder from it copied the whole finder (2,560 bytes,
    /// the lexicon with it) to the stack at each word.
    @inline(__always)
    private func isObject(_ tokens: [Token], _ k: Int, lower: Int) -> Bool {
        var p = k - 1
        while p >= lower, tokens[p].isWord, Self.determiners.contains(tokens[p]) || aliases.titles.contains(tokens[p]) {
            p -= 1
        }
        guard p >= lower, tokens[p].isWord else { return false }
        // "a spokesperson for the State Department", "a statement from the Chinese Embassy": the entity a role speaks for
        if tokens[p].spells("for") || tokens[p].spells("from"), p > lower, aliases.roles.contains(tokens[p - 1]) {
            return false
        }
        return Self.objectMarkers.contains(tokens[p])
    }

    /// A person named in a sentence, with the title and role words just before the name.
    struct NamedPerson: Sendable {
        let name: String
        let entity: String?
        /// The title and role words, each once, lower case. (An array: a
        /// `Set` hashed each word for the few that are only ever scanned.)
        let roles: [String]
    }

    /// Every person named in `tokens` (known aliases, and unknown names after a
    /// title: "Trade Commissioner Valdis Dombrovskis"), registering their names.
    mutating func persons(in tokens: [Token]) -> [NamedPerson] {
        var result: [NamedPerson] = []
        var k = 0
        while k < tokens.count {
            // A person is named only from an alias or a capitalised word: the
            // titles, roles and affiliation before any other token would go
            // unused, and reading them at every token was most of this scan.
            // A lower-case word ("the" of "the Kremlin") names one only where
            // an alias starts at it, which is asked first (callgrind, 1,000
            // documents: reading the roles before every "the" first cost
            // some 10 M instructions).
            guard tokens[k].isWord else {
                k += 1
                continue
            }
            // (Most words are passed over before an optional alias is made:
            // made for every word, it was released at every word, 6 M
            // instructions on 1,000 documents.)
            let mayStartAlias = aliases.mayMatch(tokens, at: k)
            if !mayStartAlias && !tokens[k].isCapitalized {
                k += 1
                continue
            }
            let alias = mayStartAlias ? aliasCandidate(tokens, at: k) : nil
            if alias == nil && !tokens[k].isCapitalized {
                k += 1
                continue
            }
            // An entity's alias ("China", "the Kremlin") names no person, and
            // the words before it are not read: most aliases found are
            // entities' (callgrind, 1,000 documents: 3 M).
            if let (target, end) = alias, !target.isPerson {
                k = end
                continue
            }
            var r = k - 1
            while r >= 0 && r >= k - 4 && tokens[r].isWord
                && (aliases.titles.contains(tokens[r]) || aliases.roles.contains(tokens[r]))
            {
                r -= 1
            }
            // the title and role words before the name, made into a set only for a person found
            var roleWords: (range: Range<Int>, backwards: Bool)? = r + 1 < k ? ((r + 1)..<k, true) : nil
            // where the entity a new name speaks for may be named, read only once a name is found:
            // "Greek Foreign Minister …", "Japan's chief cabinet secretary …" (before the titles)
            var affiliationRange = roleWords == nil ? nil : max(0, r - 3)..<(r + 1)
            // "the ministry's spokesman, Esmaeil Baghaei": the roles of an apposition before the name
            if roleWords == nil, r >= 1, tokens[r].kind == .comma, tokens[k].isCapitalized {
                let chunk = appositionBefore(tokens, comma: r)
                if tokens[chunk].contains(where: { $0.isWord && aliases.roles.contains($0) }) {
                    roleWords = (chunk, false)
                    affiliationRange = chunk
                }
            }
            if let (target, end) = alias {
                let name = text(tokens[k], tokens[end - 1])
                register(name, entity: target.entity)
                result.append(NamedPerson(name: name, entity: target.entity, roles: roles(tokens, roleWords)))
                k = end
                continue
            }
            if roleWords != nil && tokens[k].isWord && tokens[k].isCapitalized {
                let run = nameRun(tokens, from: k, limit: tokens.count)
                if run.end - k >= 2, case .person = kindOfRun(tokens, k..<run.end, entity: run.entity, limit: tokens.count) {
                    let name = text(tokens[k], tokens[run.end - 1])
                    let roles = roles(tokens, roleWords)
                    var affiliation = affiliationRange.flatMap { self.affiliation(in: tokens, $0) }
                    // "Jasem Albudaiwi, the GCC's secretary-general": an apposition after the name
                    if affiliation == nil, run.end + 1 < tokens.count, tokens[run.end].kind == .comma {
                        affiliation = self.affiliation(in: tokens, appositionAfter(tokens, comma: run.end))
                    }
                    for word in roles where aliases.outOfOffice.contains(word) { affiliation = nil }
                    let entity = run.entity ?? affiliation
                    register(name, entity: entity)
                    result.append(NamedPerson(name: name, entity: entity, roles: roles))
                    k = run.end
                    continue
                }
            }
            k += 1
        }
        return result
    }

    /// The title and role words of `words` (read from the name backwards
    /// when they stand right before it, forwards in an apposition), as
    /// `persons` keeps them with a person.
    private func roles(_ tokens: [Token], _ words: (range: Range<Int>, backwards: Bool)?) -> [String] {
        var roles: [String] = []
        guard let words else { return roles }
        func insert(_ word: String) { if !roles.contains(word) { roles.append(word) } }
        if words.backwards {
            for r in words.range.reversed() { insert(tokens[r].lower) }
        } else {
            for token in tokens[words.range]
            where token.isWord && (aliases.titles.contains(token) || aliases.roles.contains(token)) {
                insert(token.lower)
            }
        }
        return roles
    }

    /// What a run of two or more capitalised words is.
    enum RunKind {
        /// A person's name ("Hamish Falconer", "He Yadong").
        case person
        /// Words that qualify a title after them ("Middle East minister …").
        case descriptor
        /// An institution named by its head noun ("the Ministerial Council").
        case institution(head: String)
    }

    /// Whether the capitalised words `run` name a person, qualify a
    /// lower-case title right after them ("Middle East minister Hamish
    /// Falconer"), or name an institution by a head noun from
    /// aliases.txt `[institutions]` ("the Ministerial Council").
    func kindOfRun(_ tokens: [Token], _ run: Range<Int>, entity: String?, limit: Int) -> RunKind {
        guard entity == nil else { return .person }
        if run.upperBound < limit, tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized,
            aliases.titles.contains(tokens[run.upperBound]) || aliases.roles.contains(tokens[run.upperBound])
        {
            return .descriptor
        }
        let last = tokens[run.upperBound - 1]
        if aliases.institutions.contains(last) { return .institution(head: last.lower) }
        return .person
    }

    /// Whether the capitalised "He" at `k` is a surname ("He Yadong", "He
    /// Lifeng"): the pronoun is never followed by another capitalised word
    /// that is neither a title nor a known name.
    func isSurname(_ tokens: [Token], _ k: Int, limit: Int) -> Bool {
        guard tokens[k].spells("he"), k + 1 < limit else { return false }
        let next = tokens[k + 1]
        return next.isWord && next.isCapitalized && !aliases.titles.contains(next)
            && !stopwords.contains(next) && knownAlias(tokens, at: k + 1) == nil
    }

    /// Whether the entity at `k` is qualified as one its person no longer or
    /// does not speak for ("a former Turkish diplomat", "the shadow …").
    @inline(__always)
    func isOutOfOffice(_ tokens: [Token], _ k: Int, lower: Int) -> Bool {
        var p = k - 1
        while p >= lower && p >= k - 2 && tokens[p].isWord {
            if aliases.outOfOffice.contains(tokens[p]) { return true }
            p -= 1
        }
        return false
    }

    /// Whether an alias ending at `end` is the office of another entity named
    /// after "of" ("the Secretary-General of the GCC", "Minister of Foreign
    /// Affairs of the Kingdom of Saudi Arabia"): then that entity holds.
    func namesOfficeOfAnother(_ tokens: [Token], after end: Int, limit: Int) -> Bool {
        guard end < limit, tokens[end].spells("of") else { return false }
        var j = end + 1
        while j < limit, Self.determiners.contains(tokens[j]) { j += 1 }
        guard j < limit, let (target, aliasEnd) = knownAlias(tokens, at: j), aliasEnd <= limit else { return false }
        return !target.isPerson
    }

    /// The first entity that `range` names as an affiliation (not as an
    /// object, not out of office, not an office of another entity).
    func affiliation(in tokens: [Token], _ range: Range<Int>) -> String? {
        var k = range.lowerBound
        while k < range.upperBound {
            guard tokens[k].isWord, let (target, end) = knownAlias(tokens, at: k), end <= range.upperBound else {
                k += 1
                continue
            }
            if !isObject(tokens, k, lower: range.lowerBound), !isOutOfOffice(tokens, k, lower: range.lowerBound),
                !namesOfficeOfAnother(tokens, after: end, limit: range.upperBound)
            {
                return target.entity
            }
            k = end
        }
        return nil
    }

    /// The chunk before the comma at `comma`, back to the previous comma or clause mark, at most eight tokens.
    func appositionBefore(_ tokens: [Token], comma: Int) -> Range<Int> {
        var start = comma
        while start > 0, start > comma - 8, tokens[start - 1].kind != .comma, tokens[start - 1].kind != .clauseMark,
            tokens[start - 1].kind != .stop, tokens[start - 1].kind != .openQuote, tokens[start - 1].kind != .closeQuote
        {
            start -= 1
        }
        return start..<comma
    }

    /// The chunk after the comma at `comma` when it is an apposition (it
    /// opens with a determiner or a name and holds a title or role), up to
    /// the next comma or clause end, at most ten tokens; else an empty range.
    func appositionAfter(_ tokens: [Token], comma: Int) -> Range<Int> {
        let start = comma + 1
        var end = start
        while end < tokens.count, end < start + 10, tokens[end].kind == .word || tokens[end].kind == .possessive {
            end += 1
        }
        guard end > start, Self.determiners.contains(tokens[start]) || tokens[start].isCapitalized,
            tokens[start..<end].contains(where: { $0.isWord && (aliases.titles.contains($0) || aliases.roles.contains($0)) })
        else { return start..<start }
        return start..<end
    }

    /// The entity a person named earlier speaks for, if one was found.
    ///
    /// An ASCII name's last word is found and lower-cased on its bytes:
    /// splitting the name by `Character` and lower-casing a `String` cost
    /// some 9,000 instructions a call (callgrind, 1,000 documents: 6.8 M).
    func affiliation(of person: String) -> String? {
        typealias Entry = (person: String, entity: String?)
        // `.none` where the name is not ASCII, else the look-up of its last word
        let ascii: Entry?? = person.utf8.withContiguousStorageIfAvailable { bytes -> Entry?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return .none }
            var end = bytes.count
            while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
            guard start < end else { return .some(nil) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { lower in
                for k in start..<end { lower[k - start] = Token.lowered(bytes[k]) }
                return .some(names.value(forBytes: UnsafeBufferPointer(rebasing: lower[..<(end - start)])))
            }
        } ?? .none
        let known: Entry?
        if case .some(let entry) = ascii {
            known = entry
        } else {
            guard let last = person.split(separator: " ").last else { return nil }
            known = names[last.lowercased()]
        }
        guard let known, known.person == person else { return nil }
        return known.entity
    }

    /// The capitalised words of a name starting at `start`, up to a title:
    /// a middle initial with its full stop belongs to the name ("Joseph R.
    /// Biden"), and a known person's alias ends it and gives its entity
    /// ("President Joseph R. Biden" → United States).
    func nameRun(_ tokens: [Token], from start: Int, limit: Int) -> (end: Int, entity: String?) {
        var end = start
        while end < limit, tokens[end].isWord, tokens[end].isCapitalized || isParticle(tokens, end, start: start, limit: limit),
            !aliases.titles.contains(tokens[end])
        {
            if end > start, let (target, aliasEnd) = knownAlias(tokens, at: end) {
                return target.isPerson && aliasEnd <= limit ? (aliasEnd, target.entity) : (end, nil)
            }
            if tokens[end].lower.utf8.count == 1, end + 2 < limit, tokens[end + 1].kind == .stop,
                bytes[tokens[end + 1].start] == UInt8(ascii: "."), tokens[end + 2].isWord, tokens[end + 2].isCapitalized
            {
                end += 2
                continue
            }
            end += 1
        }
        return (end, nil)
    }

    /// Lower-case particles inside names ("Jan de Vries", "Ahmed bin Ali", "Lula da Silva").
    static let nameParticles: WordSet = ["de", "van", "von", "der", "den", "bin", "ibn", "al", "da", "del", "della", "di", "du", "dos", "das", "la", "le", "ter"]

    /// Whether the lower-case word at `k` is a particle inside a name: after
    /// a capitalised word of the run and before another.
    func isParticle(_ tokens: [Token], _ k: Int, start: Int, limit: Int) -> Bool {
        k > start && k + 1 < limit && !tokens[k].isCapitalized && Self.nameParticles.contains(tokens[k])
            && tokens[k + 1].isWord && tokens[k + 1].isCapitalized
    }

    /// The document text between the start of `first` and the end of `last`.
    func text(_ first: Token, _ last: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[first.start..<last.end]), as: UTF8.self)
    }

    /// The words of `name` between spaces, as `split(separator: " ")` gives
    /// them. An ASCII name, where bytes and characters split alike, is split
    /// by its bytes: splitting by `Character` cost about 6,000 instructions a
    /// name (callgrind, 1,000 documents: 24 M of finding persons).
    static func words(of name: String) -> [Substring] {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.split(separator: " ") }
        return name.utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// Remembers the words of a person's name, so that "Hua" later means "Hua Chunying".
    private mutating func register(_ name: String, entity: String?) {
        // ASCII is checked on the contiguous bytes: `allSatisfy` on the
        // UTF-8 view went through its index checks, some 430 instructions a
        // name (callgrind, 1,000 documents: 3 M).
        let registered = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            registerASCII(name, bytes: bytes, entity: entity)
            return true
        }
        if registered == true { return }
        let parts = Self.words(of: name)
        guard parts.count >= 2 else { return }
        for part in parts {
            let key = part.lowercased()
            if let known = names[key] {
                // an affiliation found later completes the person named before
                if known.person == name, known.entity == nil, let entity { names[key] = (name, entity) }
            } else {
                names[key] = (name, entity)
            }
        }
    }

    /// `register` of an ASCII name, whose bytes are `bytes`: its words are
    /// found between spaces, lower-cased and hashed in a stack buffer, looked
    /// up and added by those bytes, and a `String` is made only for a word
    /// the table takes. Splitting the
    /// name into substrings and lower-casing each into a `String` to look it
    /// up cost some 3,000 instructions a name (callgrind, 1,000 documents:
    /// 25 M of registering 7,000 names).
    private mutating func registerASCII(_ name: String, bytes: UnsafeBufferPointer<UInt8>, entity: String?) {
        var words = 0
        for k in bytes.indices where bytes[k] != 0x20 && (k == 0 || bytes[k - 1] == 0x20) { words += 1 }
        guard words >= 2 else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower in
            var k = 0
            while k < bytes.count {
                guard bytes[k] != 0x20 else {
                    k += 1
                    continue
                }
                var count = 0
                var hash = WordHash.empty
                while k < bytes.count && bytes[k] != 0x20 {
                    lower[count] = Token.lowered(bytes[k])
                    hash = WordHash.adding(lower[count], to: hash)
                    count += 1
                    k += 1
                }
                let word = UnsafeBufferPointer(rebasing: lower[..<count])
                if let known = names.value(forBytes: word, hash: hash) {
                    // an affiliation found later completes the person named before
                    if known.person == name, known.entity == nil, let entity { names.setValue((name, entity), forBytes: word, hash: hash) }
                } else {
                    names.setValue((name, entity), forBytes: word, hash: hash)
                }
            }
        }
    }
}
