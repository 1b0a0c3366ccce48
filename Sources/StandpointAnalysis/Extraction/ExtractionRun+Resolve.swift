import StandpointModel

extension ExtractionRun {
    /// A holder as resolved in context, with how it was found.
    struct Resolved {
        let holder: Holder
        let isPerson: Bool
    }

    /// Second pass: resolves pronouns, roles and missing holders in reading
    /// order, and builds the points, with the index of each one's unit.
    ///
    /// Points and unit indices come in two arrays rather than one of pairs:
    /// a tuple holding a point was copied whole (its ten strings retained
    /// and released) wherever the pairs were read or mapped.
    func resolve(_ units: [Unit]) -> (points: [StancePoint], units: [Int]) {
        let mainVoice = mainVoice(units)
        let commentary = isCommentary(units)
        var lastPerson: Resolved?
        var lastHolder: Resolved?
        var lastHolderUnit = -10
        var lastHolderParagraph = -1
        // Room for every sentence at the start: growing these arrays one
        // element at a time cost 8 M instructions (callgrind, 1,000 documents).
        var points: [StancePoint] = []
        points.reserveCapacity(units.count)
        var pointUnits: [Int] = []
        pointUnits.reserveCapacity(units.count)
        var explicitHolders: [Resolved?] = []
        explicitHolders.reserveCapacity(units.count)
        /// Entities named as holders or as persons' affiliations, in text order.
        var parties: [String] = []
        /// The entity each person named so far speaks for.
        var affiliations = PersonEntities()
        let polarityRule = PolarityRule(lexicon: lexicon)
        // The thread's pool, shared with the documents it extracted before.
        var pool = StringPool.takeFromThread()
        defer { pool.putBack() }
        // By index, each field read where it lies: `enumerated()`, or a
        // `let` of the unit, copied each unit (its arrays and strings
        // retained and released) for the body to read.
        for i in units.indices {
            // (A loop: `compactMap` made an array per sentence.)
            for person in units[i].persons {
                if let entity = person.entity { parties.append(entity) }
            }
            var resolved: Resolved?
            var how = units[i].mentionRule
            var mention = units[i].mention
            if let quote = units[i].quote {
                mention = quoteMentions[quote]
                if Self.isNone(mention) { how = "speaker of the quotation, carried over" }
            } else if Self.isNone(mention), let spoken = firstQuoteSpeaker(units[i].quoteOf) {
                // "“…,” said Sinan Ulgen, a former diplomat. Talks should resume, he said.": the speaker of a quotation
                // in the sentence holds it and is the one a later "he" refers to
                mention = spoken
                how = "speaker of a quotation in the sentence"
            }
            // a transcript turn: the labelled speaker holds what it says as "we" or with no holder
            var fromLabel = false
            if let speaker = units[i].turnSpeaker, units[i].quote == nil {
                if Self.isFirstPersonOrWriter(mention) || (Self.isNone(mention) && units[i].opensTurn) {
                    mention = speaker
                    fromLabel = true
                    how = "speaker label of the turn"
                }
            }
            switch mention {
            case .named(let entity, let person, let surface)?:
                // an official labelled in a transcript speaks for the document's voice
                var name = entity ?? (fromLabel && person != nil ? mainVoice?.name : nil)
                if name == nil, let person {
                    name = finder.affiliation(of: person) ?? affiliations[person]
                        ?? officialAffiliation(person, units: units, at: i, explicitHolders: explicitHolders, mainVoice: mainVoice)
                    if name != nil { how += ", speaks for the entity" }
                }
                let speaker = person ?? (surface.isEmpty ? nil : surface)
                resolved = Resolved(holder: Holder(name: name ?? person ?? surface, speaker: speaker), isPerson: person != nil)
                if let person, let name { affiliations[person] = name }
            case .definiteRole(let role)?:
                // "The Secretary General", "the ministry": the nearest holder introduced with that role
                if units[i].roleOfPrevious, i > 0,
                    let entity = finder.affiliation(in: units[i - 1].tokens, 0..<units[i - 1].tokens.count)
                {
                    // "The bloc of European Union members voted in favour. Its foreign policy chief said …"
                    resolved = Resolved(holder: Holder(name: entity, speaker: role), isPerson: false)
                    how += ", the '\(role)' of the entity named before"
                } else if let antecedent = roleAntecedent(role, units: units, at: i, explicitHolders: explicitHolders) {
                    resolved = antecedent
                    how += ", the last '\(role)' named"
                } else if let person = Self.lastPerson(withRole: role, in: units, through: i) {
                    resolved = Resolved(holder: Holder(name: person.entity ?? person.name, speaker: person.name), isPerson: true)
                    how += ", the last '\(role)' named"
                } else if fromLabel, let mainVoice {
                    resolved = Resolved(holder: mainVoice, isPerson: false)
                    how += ", the document's voice"
                } else if lexicon.aliases.institutions.contains(role) {
                    resolved = lastHolder ?? lastPerson ?? mainVoice.map { Resolved(holder: $0, isPerson: false) }
                    how += ", carried over"
                } else {
                    resolved = lastPerson ?? lastHolder ?? mainVoice.map { Resolved(holder: $0, isPerson: false) }
                    how += ", carried over"
                }
            case .personPronoun?:
                resolved = lastPerson ?? lastHolder ?? mainVoice.map { Resolved(holder: $0, isPerson: false) }
                how += ", carried over"
            case .groupPronoun?:
                resolved = lastHolder ?? mainVoice.map { Resolved(holder: $0, isPerson: false) }
                how += ", carried over"
            case .jointParties?:
                // the last two parties named: "Biden … Kishida of Japan. The two leaders …"
                if let last = parties.last, let other = parties.last(where: { $0 != last }) {
                    let (first, second) = (parties.firstIndex(of: other) ?? 0) < (parties.firstIndex(of: last) ?? 0) ? (other, last) : (last, other)
                    resolved = Resolved(holder: Holder(name: "\(first) and \(second)"), isPerson: false)
                    how += ", the last two parties named"
                } else {
                    resolved = lastHolder ?? mainVoice.map { Resolved(holder: $0, isPerson: false) }
                    how += ", carried over"
                }
            case .firstPerson?:
                resolved = mainVoice.map { Resolved(holder: $0, isPerson: false) } ?? lastHolder
                how += ", the document's voice"
            case .writer?:
                resolved = authorHolder.map { Resolved(holder: $0, isPerson: true) }
                    ?? mainVoice.map { Resolved(holder: $0, isPerson: false) } ?? lastHolder
                how += author == nil ? ", the document's voice" : ", the author"
            case .group(let surface)?:
                let name = surface.prefix(1).uppercased() + surface.dropFirst()
                // ("Western diplomats", "European officials" keep the side their qualifier names)
                if let head = surface.split(separator: " ").last, lexicon.aliases.officeTitles.contains(head.lowercased()),
                    !surface.split(separator: " ").dropLast().contains(where: { $0.first?.isUppercase == true }),
                    let entity = contextEntity(units: units, at: i, explicitHolders: explicitHolders, mainVoice: mainVoice)
                {
                    // "Officials said …": officials of the party the report is about at that point
                    resolved = Resolved(holder: Holder(name: entity, speaker: name), isPerson: false)
                    how += ", officials of the entity in context"
                } else {
                    resolved = Resolved(holder: Holder(name: name), isPerson: false)
                }
            case nil:
                if units[i].isOperative, let mainVoice {
                    // "2. Strongly condemns …": the lead-in's subject, not whoever a paragraph before quoted
                    resolved = Resolved(holder: mainVoice, isPerson: false)
                    how = "operative paragraph, the document's voice"
                } else if units[i].quote != nil {
                    resolved = lastPerson ?? lastHolder
                } else if let lastHolder, (!commentary && i - lastHolderUnit <= 2) || units[i].paragraph == lastHolderParagraph {
                    // a commentary's new paragraph is the author's again
                    resolved = lastHolder
                    how = "carried over from the previous statement"
                } else if let mainVoice {
                    resolved = Resolved(holder: mainVoice, isPerson: false)
                    how = "the document's main voice"
                } else {
                    resolved = lastHolder
                    how = lastHolder == nil ? "no holder found" : "carried over"
                }
            }
            // "The minister told MPs …": a person found through a role keeps the entity they speak for
            if let found = resolved, found.isPerson, found.holder.speaker == nil, let entity = affiliations[found.holder.name] {
                resolved = Resolved(holder: Holder(name: entity, speaker: found.holder.name), isPerson: true)
            }
            let explicit = !Self.isNone(mention)
            explicitHolders.append(explicit ? resolved : nil)
            if case .named(let entity?, _, _)? = mention, !entity.containsText(" and ") { parties.append(entity) }
            if let resolved, explicit || units[i].quote != nil {
                lastHolder = resolved
                lastHolderUnit = i
                lastHolderParagraph = units[i].paragraph
                if resolved.isPerson {
                    lastPerson = resolved
                } else if let person = units[i].persons.last(where: { $0.entity != nil && $0.entity == resolved.holder.name }) {
                    // "Beijing opposes …, spokesperson Mao Ning said. She added …": the person who spoke for the holder
                    lastPerson = Resolved(holder: Holder(name: resolved.holder.name, speaker: person.name), isPerson: true)
                }
            }
            guard units[i].primary != nil || units[i].isQuotedSpeech else { continue }
            let point = makePoint(units, at: i, holder: resolved?.holder, how: how, explicit: explicit, rule: polarityRule, pool: &pool)
            points.append(point)
            pointUnits.append(i)
        }
        return (points, pointUnits)
    }

    /// The entity each person named so far in a document speaks for: a
    /// few persons a document, found by a scan. (A `[String: String]` hashed
    /// each name and grew from empty, some 1,300 instructions a name stored;
    /// callgrind, 1,000 documents: 2.7 M.)
    struct PersonEntities {
        private var persons: [String] = []
        private var entities: [String] = []

        subscript(person: String) -> String? {
            get { persons.firstIndex(of: person).map { entities[$0] } }
            set {
                guard let newValue else { return }
                if let k = persons.firstIndex(of: person) {
                    entities[k] = newValue
                } else {
                    persons.append(person)
                    entities.append(newValue)
                }
            }
        }
    }

    /// Whether `mention` is nil. (A pattern match: `mention == nil` compiled
    /// to the `Equatable` comparison of two optional mentions, which made
    /// and destroyed a pair of them each time; callgrind, 1,000 documents:
    /// 45,000 pairs, 10 M instructions.)
    static func isNone(_ mention: HolderMention?) -> Bool {
        if case .none = mention { true } else { false }
    }

    /// Whether `mention` is `.firstPerson` or `.writer`. (A pattern match,
    /// as in `isNone`.)
    static func isFirstPersonOrWriter(_ mention: HolderMention?) -> Bool {
        switch mention {
        case .firstPerson?, .writer?: true
        default: false
        }
    }

    /// The last person named in sentences `0...i` with a title or role word
    /// that names the same role as `role`. (Read from the units backwards:
    /// gathering every sentence's persons in one array as resolution went
    /// retained each person and grew the array, for a look-up few
    /// sentences make.)
    static func lastPerson(withRole role: String, in units: [Unit], through i: Int) -> HolderFinder.NamedPerson? {
        for j in stride(from: i, through: 0, by: -1) {
            if let person = units[j].persons.last(where: { $0.roles.contains { sameRole($0, role) } }) { return person }
        }
        return nil
    }

    /// The speaker of the first quotation of a sentence whose speaker is
    /// known, given the quotation of each of its tokens. (A loop: a lazy
    /// chain of `compactMap`s allocated a closure context for the
    /// dictionary it captured and cost 15 M instructions on the benchmark's
    /// 1,000 documents.)
    func firstQuoteSpeaker(_ quoteOf: [Int?]) -> HolderMention? {
        guard !quoteMentions.isEmpty else { return nil }
        for quote in quoteOf {
            if let quote, let mention = quoteMentions[quote] { return mention }
        }
        return nil
    }

    /// Whether two role words name the same role: "the spokeswoman" refers
    /// back to a "spokesperson" or "spokesman" as well.
    static func sameRole(_ a: String, _ b: String) -> Bool {
        a == b || (isSpokesRole(a) && isSpokesRole(b))
    }

    /// Whether `role` is "spokesperson", "spokesman" or "spokeswoman".
    /// (Compared with the three words: a `Set<String>` hashed every role and
    /// subject word `roleAntecedent` read.)
    static func isSpokesRole(_ role: String) -> Bool {
        role == "spokesperson" || role == "spokesman" || role == "spokeswoman"
    }

    /// The spokes roles as a word set, for asking a token.
    static let spokesRoles: WordSet = ["spokesperson", "spokesman", "spokeswoman"]

    /// Whether the word of `token` names the same role as `role` (`sameRole`
    /// of its lower-case text), read on the token's bytes rather than a
    /// `String` made for each word (callgrind, 1,000 documents:
    /// `roleAntecedent` cost 12,000 instructions a call, 7.3 M).
    static func sameRole(_ token: Token, _ role: String, roleIsSpokes: Bool) -> Bool {
        token.isSpelt(as: role) || (roleIsSpokes && spokesRoles.contains(token))
    }

    /// The holder that a definite role ("the spokesperson", "the ministry") in
    /// sentence `i` refers back to: the nearest of the last eight sentences
    /// that names a person with that title ("Foreign Ministry spokeswoman Hua
    /// Chunying") or has the role word in its subject ("A State Department
    /// spokesperson rejected …", "Ukraine's foreign ministry accused …").
    func roleAntecedent(_ role: String, units: [Unit], at i: Int, explicitHolders: [Resolved?]) -> Resolved? {
        let roleIsSpokes = Self.isSpokesRole(role)
        for j in stride(from: i, through: max(0, i - 8), by: -1) {
            if let person = units[j].persons.last(where: { $0.roles.contains { Self.sameRole($0, role) } }) {
                return Resolved(holder: Holder(name: person.entity ?? person.name, speaker: person.name), isPerson: true)
            }
            guard j < i, let holder = explicitHolders[j] else { continue }
            let subjectEnd = units[j].cues.first?.start ?? units[j].tokens.count
            if units[j].tokens[..<subjectEnd].contains(where: { $0.isWord && Self.sameRole($0, role, roleIsSpokes: roleIsSpokes) }) {
                return holder
            }
        }
        return nil
    }

    /// The point of unit `i`; its rationale's parts are shared through `pool`
    /// with the document's other points.
    func makePoint(
        _ units: [Unit], at i: Int, holder: Holder?, how: RationaleParts, explicit: Bool, rule: PolarityRule, pool: inout StringPool
    ) -> StancePoint {
        // The unit's fields are read where it lies: a unit passed by value
        // was copied for every point (its arrays and strings retained and
        // released).
        let tokens = units[i].tokens
        let cues = units[i].cues
        let mask = units[i].mask
        let polarity: Polarity
        let reason: String
        let cueText: String
        let ruleName: String
        var confidence: Double
        var target: String?
        if let primary = units[i].primary {
            let cue = cues[primary]
            if let judged = thirdPartyJudgement(tokens, cues: cues, mask: mask, primary: primary, holder: holder, aliases: units[i].aliases) {
                (polarity, reason) = rule.polarity(tokens: tokens, cues: cues, index: judged, mask: mask)
            } else {
                (polarity, reason) = rule.polarity(tokens: tokens, cues: cues, index: primary, mask: mask)
            }
            // Pooled: the same few cue phrases recur in every document (at
            // 10,000 documents, 18,307 cues of more than 15 bytes, 101 different).
            cueText = pool.intern(text(tokens[cue.start], tokens[cue.end - 1]))
            ruleName = cue.cueClass.ruleName
            confidence = Self.baseConfidence(cue.cueClass)
            target = findTarget(tokens, cue: cue)
        } else {
            (polarity, reason) = rule.contentPolarity(tokens, from: 0, mask: mask)
            cueText = "quotation"
            ruleName = "direct speech"
            confidence = 0.5
            target = nil
        }
        if holder == nil {
            confidence -= 0.2
        } else if explicit {
            confidence += 0.1
        } else {
            confidence -= 0.05
        }
        confidence = min(0.95, max(0.1, confidence))
        let sentence = units[i].sentence
        let range = sentence.range
        return StancePoint(
            id: PointID.make(sentence.index + 1), document: document.id, sentence: sentence.index, range: range,
            textSlice: document.slice(range),
            holder: holder, target: target, polarity: polarity, cue: cueText, confidence: confidence,
            reasons: .rule(ruleName, holder: pool.intern(how), polarity: pool.intern(reason)))
    }

    /// When the support or oppose verb at `primary` belongs to another party
    /// than the holder ("They reveal that Washington is willing to sacrifice
    /// free trade to maintain its hegemony"), the holder's own direction is
    /// that of an evaluation later in the sentence, if there is one: the
    /// index of that cue.
    ///
    /// The subject's aliases are read from `aliases`, the sentence's
    /// `AliasMatches`, where the holder finder found them, rather than
    /// looked up again; they are fetched only for the few sentences whose
    /// subject is read (an autoclosure: a copy of them for every point
    /// cost more than the look-ups it spared).
    func thirdPartyJudgement(
        _ tokens: [Token], cues: [CueMatch], mask: [Bool], primary: Int, holder: Holder?, aliases: @autoclosure () -> AliasMatches
    ) -> Int? {
        var primary = primary
        // "Zakharova noted that NATO seeks …": an argue verb hands over to the next cue
        if cues[primary].cueClass == .argue || cues[primary].cueClass == .report,
            let next = cues[(primary + 1)...].firstIndex(where: {
                $0.cueClass != .argue && $0.cueClass != .report && !mask[$0.start]
            })
        {
            primary = next
        }
        let cue = cues[primary]
        // The later evaluation first: most sentences have none, and then
        // the subject need not be read (callgrind, 1,000 documents: this
        // function 12.2 M instructions, most of them reading subjects).
        guard let holder, cue.cueClass == .support || cue.cueClass == .oppose,
            let judged = cues[(primary + 1)...].firstIndex(where: { later in
                !mask[later.start] && Self.isJudgement(later.cueClass)
            }),
            case let found = aliases(),
            let region = lexicon.subjectRegion(tokens, verb: cue.start, aliases: found)
        else { return nil }
        var party: String?
        for k in region where tokens[k].isWord {
            if let (target, _) = found.match(tokens, at: k, in: lexicon.aliases) {
                party = target.entity
                break
            }
        }
        guard let party, !holder.name.containsText(party) else { return nil }
        return judged
    }

    /// Whether cues of `cueClass` judge what they are about (evaluations and
    /// evaluative assertions). A switch, not a `Set`: hashing the class for
    /// every cue looked at cost more than the test.
    static func isJudgement(_ cueClass: Lexicon.CueClass) -> Bool {
        switch cueClass {
        case .negativeEvaluative, .positiveEvaluative, .negativeAssertion, .positiveAssertion: true
        case .support, .oppose, .argue, .modal, .report: false
        }
    }

    /// The confidence a point starts from, by the class of its cue. (A
    /// switch: a dictionary look-up per point hashed the class, 9 M
    /// instructions on the benchmark's 1,000 documents.)
    static func baseConfidence(_ cueClass: Lexicon.CueClass) -> Double {
        switch cueClass {
        case .support, .oppose: 0.8
        case .argue, .modal: 0.7
        case .negativeEvaluative, .positiveEvaluative: 0.6
        case .report: 0.5
        case .negativeAssertion, .positiveAssertion: 0.45
        }
    }

    /// Words dropped from the start of a target ("the", "its").
    static let targetDeterminers: WordSet = ["the", "a", "an", "that", "its", "their", "his", "her", "any", "all"]
    /// Function words a target does not end with ("China has", "Montenegro is"
    /// are "China", "Montenegro").
    static let targetTrailingWords: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
        "should", "must", "may", "might", "shall", "do", "does", "did", "not", "of", "to", "and", "or", "the", "a",
        "an", "that", "which", "who", "very", "also",
    ]
    /// Words that end a target read forwards (after its first word).
    static let targetEndsBefore: WordSet = [
        "that", "which", "who", "to", "and", "as", "in", "from", "through", "by", "with", "while", "because", "is", "are",
        "was", "were", "should", "must", "will", "would", "can", "could",
    ]
    /// Words that end a target read backwards.
    static let targetStartsAfter: WordSet = ["that", "which", "who", "said", "believes", "thinks"]
    /// Words skipped after a support or oppose verb ("call for", "insisted that").
    static let objectOpeners: WordSet = ["for", "on", "upon", "that", "to", "the"]
    /// Words skipped after an argue or report verb.
    static let clauseOpeners: WordSet = ["that", "the"]

    /// What the position is about: the object of a position verb, the subject
    /// of a modal or evaluation, the clause after an argue verb; at most six words.
    func findTarget(_ tokens: [Token], cue: CueMatch) -> String? {
        // The words of `range` (and possessives) without leading determiners
        // and trailing function words, read in place: gathering their indices
        // in an array and trimming it cost 24 M instructions on the
        // benchmark's 1,000 documents.
        func isWordLike(_ k: Int) -> Bool { tokens[k].isWord || tokens[k].kind == .possessive }
        func phrase(_ range: Range<Int>) -> String? {
            var first = range.lowerBound
            while first < range.upperBound, !isWordLike(first) || Self.targetDeterminers.contains(tokens[first]) {
                first += 1
            }
            guard first < range.upperBound else { return nil }
            var last = range.upperBound - 1
            while !isWordLike(last) { last -= 1 }
            while last > first, Self.targetTrailingWords.contains(tokens[last]) {
                last -= 1
                while !isWordLike(last) { last -= 1 }
            }
            return text(tokens[first], tokens[last])
        }
        func forward(from start: Int) -> String? {
            var end = start
            var words = 0
            while end < tokens.count {
                let token = tokens[end]
                if token.kind == .comma || token.kind == .stop || token.kind == .clauseMark || token.kind == .openParen { break }
                if token.isWord {
                    if Self.targetEndsBefore.contains(token) && words > 0
                    {
                        break
                    }
                    words += 1
                    if words > 6 { break }
                }
                end += 1
            }
            return phrase(start..<end)
        }
        func backward(from end: Int) -> String? {
            var start = end
            var words = 0
            while start > 0 {
                let token = tokens[start - 1]
                if token.kind == .comma || token.kind == .stop || token.kind == .clauseMark || token.kind == .closeQuote { break }
                if token.isWord {
                    if Self.targetStartsAfter.contains(token) { break }
                    words += 1
                    if words > 6 { break }
                }
                start -= 1
            }
            return phrase(start..<end)
        }
        switch cue.cueClass {
        case .support, .oppose:
            var start = cue.end
            while start < tokens.count, Self.objectOpeners.contains(tokens[start]) { start += 1 }
            return forward(from: start)
        case .modal:
            return backward(from: cue.start)
        case .negativeEvaluative, .positiveEvaluative, .negativeAssertion, .positiveAssertion:
            return backward(from: cue.start) ?? forward(from: cue.end)
        case .argue, .report:
            var start = cue.end
            while start < tokens.count, Self.clauseOpeners.contains(tokens[start]) { start += 1 }
            return forward(from: start)
        }
    }
}
