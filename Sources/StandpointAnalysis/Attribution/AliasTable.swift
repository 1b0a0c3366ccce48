import Foundation

/// Names of entities and the people who speak for them (aliases.txt), matched
/// against tokens: "Beijing" → China, "Zhang Jun" → China (a person),
/// "Stoltenberg" → NATO.
///
/// A class, so that the holder finder, which keeps it, is copied without it:
/// calls among the finder's methods from its `mutating` ones copied the
/// finder to the stack.
final class AliasTable: Sendable {
    /// What an alias stands for.
    struct Target: Sendable, Hashable {
        /// The normalised entity ("China").
        let entity: String
        /// Whether the alias names a person (who is then kept as the speaker).
        let isPerson: Bool
        /// Whether the alias must appear in capitals ("US", not "us").
        let requiresCapitals: Bool
        /// The entity's term in `entityTerms`. (An index, which keeps a
        /// target 24 bytes: with the term's range and hash in it, the
        /// holder finder, which copies targets, took 6 M instructions more.)
        let term: Int32
    }

    /// The term naming an entity, "@" and its name ("@China"): where its
    /// bytes lie in `entityTermWords`, its length in bytes and its hash
    /// (`WordHash`), made once here rather than copied and hashed at every
    /// mention (`PointTerms.entityTerm`; callgrind, 1,000 documents:
    /// `PointTerms.extract` 133.1 -> 130.5 M instructions).
    struct EntityTerm: Sendable {
        let words: Range<Int32>
        let count: Int32
        let hash: UInt64
    }

    /// The terms of the entities, by `Target.term`.
    let entityTerms: [EntityTerm]
    /// The bytes of each entity's term, packed in words as `NameList` keeps
    /// names (zeros after the end), one entity after another.
    let entityTermWords: [UInt64]

    /// The aliases, each standing for its target's number in `targets`.
    let table: PhraseTable<Int32>
    /// What the aliases stand for, by their numbers in `table`: a match is
    /// kept as a number (`AliasMatches`) until its target is read.
    let targets: [Target]
    /// Every entity name, for recognising a holder that is already normalised.
    let entities: Set<String>
    /// Words that say what a person is ("Ambassador"), not part of a name.
    let titles: WordSet
    /// Nouns naming a speaker's role ("spokeswoman", "analysts").
    let roles: WordSet
    /// Nouns that name an institution ("council", "ministry", "commission"):
    /// "the Council", "the Ministerial Council" refer back to a holder, they
    /// are not a person's name.
    let institutions: WordSet
    /// Titles of people who speak for a government or an organisation while
    /// in office ("minister", "spokesperson", "ambassador").
    let officeTitles: WordSet
    /// Words that say a person does not speak for the entity named beside
    /// them ("former", "shadow", "opposition").
    let outOfOffice: WordSet
    /// Words in a title that name a kind of statement ("communiqué",
    /// "conclusions"): the entity the title names issues it.
    let issuedDocuments: WordSet
    /// Words in a byline that make its author a reporter ("correspondent").
    let reporters: WordSet
    /// Lower-case words that start an alias ("the" of "the Kremlin", "von");
    /// any other alias starts with a capital, so other words are skipped at once.
    let lowercaseStarts: WordSet
    /// The `WordHash`es of the lower-case starts that are a whole alias
    /// ("al-sisi") or start one whose second word cannot be told from the
    /// next token alone: they are always looked up.
    let lowercaseWholes: [UInt64]
    /// The `WordHash`es of the second words of the aliases that start lower
    /// case ("kremlin" of "the Kremlin", "der" of "von der Leyen"): a
    /// lower-case start is looked up only before one of them. "the" starts
    /// six aliases and some 6% of all words (callgrind, 1,000 documents:
    /// looking up every "the" cost some 25 M instructions). Arrays of a few
    /// hashes rather than word sets, which would make the table, which
    /// callers copy, larger.
    let lowercaseSeconds: [UInt64]
    /// The bits (`PhraseTable.bit`) of `lowercaseWholes` and of
    /// `lowercaseSeconds`: most words after a "the" are none of the second
    /// words, and this tells at once. (Searching the two arrays for every
    /// "the" and its next word cost some 4 M instructions more: callgrind,
    /// 1,000 documents, `persons` 59.7 -> 56.9 M, `PointTerms.extract`
    /// 117.7 -> 116.1 M.)
    let lowercaseWholeBits: UInt64
    let lowercaseSecondBits: UInt64

    init(_ sections: [String: [String]]) {
        // (Gathered first and made into the table at once: `PhraseTable` remakes its contents at every `add`.)
        var phrases: [(String, Int32)] = []
        var targets: [Target] = []
        var entities = Set<String>()
        var lowercaseStarts = WordSet()
        var lowercaseWholes: [UInt64] = []
        var lowercaseSeconds: [UInt64] = []
        var entityTermWords: [UInt64] = []
        var entityTerms: [EntityTerm] = []
        var termOf: [String: Int32] = [:]
        for (section, isPerson) in [("entities", false), ("people", true)] {
            for line in sections[section] ?? [] {
                // (Found by its byte: `firstIndex(of:)` compared `Character`s, 3,600 instructions a line.)
                guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else { continue }
                let entity = line[..<colon].trimmingUnicodeSpaces()
                entities.insert(entity)
                let term = termOf[entity] ?? Int32(entityTerms.count)
                if term == entityTerms.count {
                    termOf[entity] = term
                    entityTerms.append(Self.term(of: entity, addingTo: &entityTermWords))
                }
                for alias in Self.split(line[line.utf8.index(after: colon)...], at: UInt8(ascii: ";")) {
                    let name = alias.trimmingUnicodeSpaces()
                    guard !name.isEmpty else { continue }
                    let words = Self.split(name[...], at: UInt8(ascii: " "))
                    if let first = words.first, first.first?.isLowercase == true {
                        lowercaseStarts.insert(first.lowercased())
                        // a second word as `PhraseTable` splits it: no possessive, gap or curly apostrophe
                        if words.count >= 2, !words[0].contains("'"), !words[0].contains("\u{2019}"),
                            !words[1].contains("'"), !words[1].contains("\u{2019}"), words[1] != "..."
                        {
                            lowercaseSeconds.append(WordHash.of(words[1].lowercased().utf8))
                        } else {
                            lowercaseWholes.append(WordHash.of(first.lowercased().utf8))
                        }
                    }
                    let target = Target(entity: entity, isPerson: isPerson, requiresCapitals: Self.isInCapitals(name), term: term)
                    phrases.append((name, Int32(targets.count)))
                    targets.append(target)
                }
            }
        }
        self.table = PhraseTable(phrases)
        self.targets = targets
        self.entities = entities
        self.lowercaseStarts = lowercaseStarts
        self.lowercaseWholes = lowercaseWholes
        self.lowercaseSeconds = lowercaseSeconds
        lowercaseWholeBits = lowercaseWholes.reduce(0) { $0 | PhraseTable<Int32>.bit($1) }
        lowercaseSecondBits = lowercaseSeconds.reduce(0) { $0 | PhraseTable<Int32>.bit($1) }
        self.entityTerms = entityTerms
        self.entityTermWords = entityTermWords
        func words(_ section: String) -> WordSet {
            WordSet((sections[section] ?? []).flatMap { Self.split($0[...], at: UInt8(ascii: ";")) }
                .map { $0.trimmingUnicodeSpaces().lowercased() }.filter { !$0.isEmpty })
        }
        titles = words("titles")
        roles = words("roles")
        institutions = words("institutions")
        officeTitles = words("office-titles")
        outOfOffice = words("out-of-office")
        issuedDocuments = words("issued-documents")
        reporters = words("reporters")
    }

    /// The term of `entity`, "@" and its bytes, appended to `words` packed
    /// as `TermPool` keeps names (`NameList.word(of:at:)`).
    private static func term(of entity: String, addingTo words: inout [UInt64]) -> EntityTerm {
        let bytes = [UInt8(ascii: "@")] + Array(entity.utf8)
        let start = Int32(words.count)
        bytes.withUnsafeBufferPointer { bytes in
            for offset in stride(from: 0, to: bytes.count, by: 8) { words.append(NameList.word(of: bytes, at: offset)) }
        }
        return EntityTerm(words: start..<Int32(words.count), count: Int32(bytes.count), hash: WordHash.of(bytes))
    }

    /// `text` split at `separator`, an ASCII byte, empty pieces left out, as
    /// `split(separator:)` splits it by `Character`. In ASCII text each
    /// byte is a `Character` (but for "\r\n", which holds no separator), so
    /// the split is made on bytes there (callgrind: reading the aliases at
    /// every start went from 29.5 M to 24.8 M instructions), read where they
    /// lie: asking whether the text is ASCII and splitting it through the
    /// UTF-8 view's indices cost some 4,100 instructions a line, this 2,800
    /// (callgrind: 4.9 -> 3.3 M of reading the aliases).
    ///
    /// Text with other characters is split on bytes too where each
    /// separator (";" or " ", never "\r" or "\n") has ASCII bytes on both
    /// sides: then it is a `Character` of its own, since only characters
    /// outside ASCII (marks that extend the one before, prepended ones)
    /// join a character to a neighbour other than "\r" to "\n". Splitting
    /// such a line by `Character` cost some 30,000 instructions (callgrind,
    /// every start: 64 lines, 1.9 M; `AliasTable.init` 20.6 -> 19.6 M).
    static func split(_ text: Substring, at separator: UInt8) -> [Substring] {
        var text = text
        let standsAlone = text.withUTF8 { bytes in
            !bytes.indices.contains { k in
                bytes[k] == separator && ((k > 0 && bytes[k - 1] >= 0x80) || (k + 1 < bytes.count && bytes[k + 1] >= 0x80))
            }
        }
        return standsAlone ? text.split(atByte: separator) : text.split(separator: Character(Unicode.Scalar(separator)))
    }

    /// Whether `name` has at least two letters and all in capitals ("US",
    /// "NATO"): then it matches only in capitals.
    ///
    /// An ASCII name is read byte by byte, where a letter is A–Z or a–z as
    /// for `Character`; filtering the name's characters and asking each
    /// whether it is a letter and upper case cost some 20,000 instructions
    /// an alias (callgrind: half of reading the aliases, 20 M instructions
    /// at every start).
    ///
    /// (The bytes are read where they lie: through the UTF-8 view's
    /// indices, asking whether the name is ASCII took some 350 instructions
    /// an alias; callgrind: 0.3 M of reading the aliases.)
    static func isInCapitals(_ name: String) -> Bool {
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var letters = 0
            for byte in bytes {
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { letters += 1 }
            }
            return letters >= 2
        }
        if case let inCapitals?? = ascii { return inCapitals }
        let letters = name.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// The longest alias starting at token `i`, and the index after it.
    ///
    /// Inlined, always, up to the test of the first word: most words are
    /// lower case and start no alias, and calling a function for each (which
    /// copied the table to pass it) cost some 90 M instructions at 1,000
    /// documents. (When the table was a struct, this was `@_transparent`:
    /// where the optimiser did not inline it, in callers as large as
    /// `PointTerms.extract` and `HolderFinder.mention`, every word that
    /// reached the call copied the whole table, 800 bytes, to the stack;
    /// as a class it is passed as one reference.)
    @inline(__always)
    func match(_ tokens: [Token], at i: Int) -> (target: Target, end: Int)? {
        guard mayMatch(tokens, at: i) else { return nil }
        return candidate(tokens, at: i)
    }

    /// `match(_:at:)` of a token that passed `mayMatch(_:at:)`, for a
    /// caller that made the quick test itself.
    @inline(__always)
    func candidate(_ tokens: [Token], at i: Int) -> (target: Target, end: Int)? {
        matchCandidate(tokens, at: i).map { (targets[Int($0.target)], $0.end) }
    }

    /// Whether an alias may start at token `i`, the quick test of
    /// `match(_:at:)`: false for most words.
    @inline(__always)
    func mayMatch(_ tokens: [Token], at i: Int) -> Bool {
        tokens[i].isCapitalized || tokens[i].isAllCaps
            || (lowercaseStarts.mayContain(tokens[i])
                && ((lowercaseWholeBits & PhraseTable<Int32>.bit(tokens[i].hash) != 0 && lowercaseWholes.contains(tokens[i].hash))
                    || (i + 1 < tokens.count && lowercaseSecondBits & PhraseTable<Int32>.bit(tokens[i + 1].hash) != 0
                        && lowercaseSeconds.contains(tokens[i + 1].hash))))
    }

    /// `match(_:at:)` of a token that passed `mayMatch(_:at:)`, with the
    /// target's number in `targets`.
    @inline(__always)
    func matchCandidate(_ tokens: [Token], at i: Int) -> (target: Int32, end: Int)? {
        guard tokens[i].isCapitalized || tokens[i].isAllCaps || lowercaseStarts.contains(tokens[i]) else { return nil }
        guard let (target, end, _) = table.match(tokens, at: i) else { return nil }
        if targets[Int(target)].requiresCapitals {
            guard tokens[i..<end].allSatisfy({ !$0.isWord || $0.isAllCaps }) else { return nil }
        } else {
            guard tokens[i..<end].contains(where: { $0.isWord && $0.isCapitalized }) else { return nil }
        }
        return (target, end)
    }
}
