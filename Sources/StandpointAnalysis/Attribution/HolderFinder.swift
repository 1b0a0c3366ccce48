/// Finds who a stretch of tokens names as a holder: a subject before a
/// reporting verb, the speaker after a quote, the noun after "according to".
///
/// Persons are preferred (they carry the entity they speak for), then
/// entities, then roles and pronouns, which the extractor resolves from
/// context. Mentions after "to", "with", "against" and the like are objects
/// rather than holders and are skipped ("representative to the United Nations").
struct HolderFinder {
    let lexicon: Lexicon
    /// The document's text, which tokens point into.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Single words of the people named so far in the document ("hua" → "Hua Chunying").
    var names = WordTable<(person: String, entity: String?)>()

    init(lexicon: Lexicon, bytes: UnsafeBufferPointer<UInt8>) {
        self.lexicon = lexicon
        self.bytes = bytes
    }

    private static let objectMarkers: WordSet = [
        "to", "with", "against", "toward", "towards", "at", "on", "into", "over", "about", "near", "than",
        "between", "including", "like", "unlike", "versus", "vs", "for", "from", "upon",
    ]
    private static let personPronouns: WordSet = ["he", "she", "his", "her", "him"]
    private static let groupPronouns: WordSet = ["they", "their", "them"]
    private static let firstPersonPronouns: WordSet = ["we", "our"]
    private static let writerPronouns: WordSet = ["i", "my"]
    private static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those"]
    private static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "prof"]
    /// Plural roles that, after "both", "the two" or "the", mean the parties
    /// of a meeting or call ("The two leaders reaffirmed", "Both sides agreed").
    private static let jointRoles: WordSet = ["leaders", "sides", "ministers", "presidents", "delegations"]
    private static let jointMarkers: WordSet = ["both", "two", "the"]

    /// The best holder mention in `tokens[range]`, registering the people it names.
    mutating func mention(in tokens: [Token], range: Range<Int>) -> HolderMention? {
        var persons: [(String, String?, Int)] = []
        var entities: [(String, Int, Int)] = []
        var role: (String, Bool, Int)?
        var pronoun: HolderMention?
        var k = range.lowerBound
        while k < range.upperBound {
            let token = tokens[k]
            guard token.isWord else {
                k += 1
                continue
            }
            let eligible = !isObject(tokens, k, lower: range.lowerBound)
            if let (target, end) = lexicon.aliases.match(tokens, at: k), end <= range.upperBound {
                if eligible {
                    if target.isPerson {
                        let name = text(tokens[k], tokens[end - 1])
                        persons.append((name, target.entity, k))
                        register(name, entity: target.entity)
                    } else {
                        entities.append((target.entity, k, end))
                    }
                }
                k = end
                continue
            }
            if token.isCapitalized && !lexicon.aliases.titles.contains(token)
                && !Self.determiners.contains(token) && !lexicon.stopwords.contains(token)
            {
                let run = nameRun(tokens, from: k, limit: range.upperBound)
                if run.end - k >= 2 {
                    let name = text(tokens[k], tokens[run.end - 1])
                    if eligible { persons.append((name, run.entity, k)) }
                    register(name, entity: run.entity)
                    k = run.end
                    continue
                }
                if k > range.lowerBound, Self.honorifics.contains(tokens[k - 1]) || (k > range.lowerBound + 1 && tokens[k - 1].kind == .stop && Self.honorifics.contains(tokens[k - 2])) {
                    let name = text(token, token)
                    if eligible { persons.append((name, names.value(for: token)?.entity, k)) }
                    k += 1
                    continue
                }
                if let known = names.value(for: token), eligible {
                    persons.append((known.person, known.entity, k))
                    k += 1
                    continue
                }
            }
            if eligible {
                if lexicon.aliases.roles.contains(token) && role == nil {
                    let previous = k > range.lowerBound ? tokens[k - 1].lower : ""
                    let definite = previous == "the" || previous == "this" || (k > range.lowerBound && lexicon.aliases.titles.contains(tokens[k - 1]))
                    role = (token.lower, definite || !token.lower.hasSuffix("s"), k)
                } else if pronoun == nil {
                    if Self.personPronouns.contains(token) {
                        pronoun = .personPronoun
                    } else if Self.groupPronouns.contains(token) {
                        pronoun = .groupPronoun
                    } else if Self.firstPersonPronouns.contains(token) {
                        pronoun = .firstPerson
                    } else if Self.writerPronouns.contains(token) {
                        pronoun = .writer
                    }
                }
            }
            k += 1
        }
        // two entities joined by "and" hold together ("Putin and Xi Jinping")
        let affiliated = (persons.compactMap { person in person.1.map { ($0, person.2) } } + entities.map { ($0.0, $0.1) })
            .sorted { $0.1 < $1.1 }
        if let first = affiliated.first, let second = affiliated.first(where: { $0.0 != first.0 }),
            tokens[first.1..<second.1].contains(where: { $0.lower == "and" })
        {
            return .named(entity: "\(first.0) and \(second.0)", person: nil, surface: "")
        }
        if let (person, entity, _) = persons.first {
            let affiliation = entity ?? entities.first?.0
            return .named(entity: affiliation, person: person, surface: person)
        }
        if let first = entities.first {
            var start = first.1
            while start < first.2 - 1, Self.determiners.contains(tokens[start]) { start += 1 }
            var end = first.2
            while end < range.upperBound, end < first.2 + 3, tokens[end].isWord,
                tokens[end].isCapitalized || lexicon.aliases.roles.contains(tokens[end])
                    || lexicon.aliases.titles.contains(tokens[end])
            {
                end += 1
            }
            return .named(entity: first.0, person: nil, surface: text(tokens[start], tokens[end - 1]))
        }
        if let pronoun { return pronoun }
        if let (word, definite, index) = role {
            if Self.jointRoles.contains(tokens[index]), index > range.lowerBound, Self.jointMarkers.contains(tokens[index - 1]) {
                return .jointParties
            }
            if definite { return .definiteRole(surface: word) }
            return .group(surface: text(tokens[index], tokens[index]))
        }
        return nil
    }

    /// Whether the word at `k` follows a preposition that makes it an object.
    private func isObject(_ tokens: [Token], _ k: Int, lower: Int) -> Bool {
        var p = k - 1
        while p >= lower, tokens[p].isWord, Self.determiners.contains(tokens[p]) || lexicon.aliases.titles.contains(tokens[p]) {
            p -= 1
        }
        guard p >= lower, tokens[p].isWord else { return false }
        // "a spokesperson for the State Department": the entity a role speaks for
        if tokens[p].lower == "for", p > lower, lexicon.aliases.roles.contains(tokens[p - 1]) { return false }
        return Self.objectMarkers.contains(tokens[p])
    }

    /// A person named in a sentence, with the title and role words just before the name.
    struct NamedPerson: Sendable {
        let name: String
        let entity: String?
        let roles: Set<String>
    }

    /// Every person named in `tokens` (known aliases, and unknown names after a
    /// title: "Trade Commissioner Valdis Dombrovskis"), registering their names.
    mutating func persons(in tokens: [Token]) -> [NamedPerson] {
        var result: [NamedPerson] = []
        var k = 0
        while k < tokens.count {
            var roles = Set<String>()
            var r = k - 1
            while r >= 0 && r >= k - 3 && tokens[r].isWord
                && (lexicon.aliases.titles.contains(tokens[r]) || lexicon.aliases.roles.contains(tokens[r]))
            {
                roles.insert(tokens[r].lower)
                r -= 1
            }
            if let (target, end) = lexicon.aliases.match(tokens, at: k) {
                if target.isPerson {
                    let name = text(tokens[k], tokens[end - 1])
                    register(name, entity: target.entity)
                    result.append(NamedPerson(name: name, entity: target.entity, roles: roles))
                }
                k = end
                continue
            }
            if !roles.isEmpty && tokens[k].isWord && tokens[k].isCapitalized {
                let run = nameRun(tokens, from: k, limit: tokens.count)
                if run.end - k >= 2 {
                    let name = text(tokens[k], tokens[run.end - 1])
                    register(name, entity: run.entity)
                    result.append(NamedPerson(name: name, entity: run.entity, roles: roles))
                    k = run.end
                    continue
                }
            }
            k += 1
        }
        return result
    }

    /// The capitalised words of a name starting at `start`, up to a title:
    /// a middle initial with its full stop belongs to the name ("Joseph R.
    /// Biden"), and a known person's alias ends it and gives its entity
    /// ("President Joseph R. Biden" → United States).
    func nameRun(_ tokens: [Token], from start: Int, limit: Int) -> (end: Int, entity: String?) {
        var end = start
        while end < limit, tokens[end].isWord, tokens[end].isCapitalized, !lexicon.aliases.titles.contains(tokens[end]) {
            if end > start, let (target, aliasEnd) = lexicon.aliases.match(tokens, at: end) {
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

    /// The document text between the start of `first` and the end of `last`.
    func text(_ first: Token, _ last: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[first.start..<last.end]), as: UTF8.self)
    }

    /// Remembers the words of a person's name, so that "Hua" later means "Hua Chunying".
    private mutating func register(_ name: String, entity: String?) {
        let parts = name.split(separator: " ")
        guard parts.count >= 2 else { return }
        for part in parts {
            let key = part.lowercased()
            if names[key] == nil { names[key] = (name, entity) }
        }
    }
}
