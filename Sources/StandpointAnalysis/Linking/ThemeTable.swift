import Foundation

/// The themes of international politics that points take positions on
/// (themes.txt): each a readable name and the ways of naming it, normalised
/// as linking compares points (`PointTerms`), so that "talks", "negotiations"
/// and "dialogue" name one theme and a point can join several.
///
/// A theme is stronger evidence than one shared word: its lines are written
/// so that each names the issue on its own ("zero-sum", "bloc" + "mentality",
/// "legitimate" + "security" + "concern"), and words common across issues
/// ("security", "war", "contain") appear only in combinations.
struct ThemeTable: Sendable {
    /// One way of naming a theme: terms that must all be in a point's claim.
    struct Entry: Sendable {
        /// Normalised terms, all required.
        let terms: [String]
        /// Whether the line joined several terms with " + ".
        let isCombination: Bool
    }

    /// One theme.
    struct Theme: Sendable {
        /// Its readable name ("Dialogue and negotiation"), used as a claim label.
        let name: String
        let entries: [Entry]
    }

    /// A theme a point joins, with the words of the point that named it.
    struct Match: Sendable, Equatable {
        /// Index into `themes`.
        let theme: Int
        /// The point's surface words that matched, in term order ("talks").
        let surfaces: [String]
    }

    /// The themes, ordered by name.
    let themes: [Theme]
    /// Lines that normalise to no content (only stopwords or cue words):
    /// mistakes in the resource, reported by tests.
    let problems: [String]
    /// Term → (theme, entry) of the lines whose first term it is.
    private let byTerm: [String: [(theme: Int, entry: Int)]]
    /// "unless" phrases → the themes they restrict.
    let unless: PhraseTable<[Int]>
    /// Per theme: whether it has "unless" phrases.
    private let isRestricted: [Bool]
    /// What a text needs to contain an "unless" phrase.
    let unlessFilter: UnlessFilter

    /// What a claim key starts with when the claim is a theme's.
    static let keyPrefix = "#"

    /// The bundled themes.txt, read on first use.
    static let shared = ThemeTable(sections: ResourceFile.sections("themes"), lexicon: .shared)

    /// Themes from resource `sections` (section name → lines).
    init(sections: [String: [String]], lexicon: Lexicon) {
        var themes: [Theme] = []
        var problems: [String] = []
        var byTerm: [String: [(theme: Int, entry: Int)]] = [:]
        var unlessLists: [String: [Int]] = [:]
        // The phrases in the order of the file: added to the phrase table in
        // the dictionary's order, which varies from run to run, phrases of
        // one first word and length were tried in a varying order (no output
        // changed: such phrases differ in a word, so at most one matches).
        var unlessPhrases: [String] = []
        for name in sections.keys.sorted() where !name.isEmpty {
            let index = themes.count
            var entries: [Entry] = []
            for line in sections[name] ?? [] {
                if line.hasPrefix("unless:") {
                    let phrase = line.dropFirst("unless:".count).trimmingCharacters(in: .whitespaces).lowercased()
                    if unlessLists[phrase] == nil { unlessPhrases.append(phrase) }
                    unlessLists[phrase, default: []].append(index)
                    continue
                }
                let parts = line.components(separatedBy: " + ")
                var required: [String] = []
                var complete = true
                for part in parts {
                    let terms = Self.normalised(part, lexicon: lexicon)
                    if terms.isEmpty {
                        problems.append("[\(name)] \(line): \"\(part)\" has no content words")
                        complete = false
                    } else if let cue = Self.cueWord(in: part, lexicon: lexicon) {
                        problems.append("[\(name)] \(line): \"\(cue)\" is a cue word, which linking ignores")
                    }
                    required += terms
                }
                guard complete else { continue }
                required = Array(Set(required)).sorted()
                let key = required.max { ($0.hasPrefix("@") ? 0 : $0.count) < ($1.hasPrefix("@") ? 0 : $1.count) } ?? required[0]
                byTerm[key, default: []].append((index, entries.count))
                entries.append(Entry(terms: required, isCombination: parts.count > 1))
            }
            themes.append(Theme(name: name, entries: entries))
        }
        var unless = PhraseTable<[Int]>()
        for phrase in unlessPhrases { unless.add(phrase, unlessLists[phrase] ?? []) }
        self.themes = themes
        self.problems = problems
        self.byTerm = byTerm
        self.unless = unless
        let restricted = Set(unlessLists.values.joined())
        self.isRestricted = themes.indices.map { restricted.contains($0) }
        self.unlessFilter = UnlessFilter(phrases: unlessPhrases.map { ($0, unlessLists[$0] ?? []) })
    }

    /// The terms a line part stands for: its key phrases when it has any
    /// ("arms control" → "weapon control"), otherwise its words.
    static func normalised(_ part: String, lexicon: Lexicon) -> [String] {
        let terms = PointTerms(Substring(part), lexicon: lexicon).names
        let phrases = terms.filter { $0.isKeyPhrase && !$0.hasPrefix("@") }
        return (phrases.isEmpty ? Array(terms) : phrases).sorted()
    }

    /// The first word of `part` that linking drops as a stance cue ("recognised"), if any.
    static func cueWord(in part: String, lexicon: Lexicon) -> String? {
        var text = part
        return text.withUTF8 { bytes -> String? in
            let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
            let dropped = lexicon.cues(in: tokens).first {
                $0.cueClass != .negativeEvaluative && $0.cueClass != .positiveEvaluative
            }
            return dropped.map { tokens[$0.start].lower }
        }
    }

    /// The lines of the table that points with numbered terms can match:
    /// per term number, the lines whose key it is, each with its terms'
    /// numbers; a line with a term that has no number can match no point and
    /// is left out.
    ///
    /// Made once for all the terms of a corpus (`ClaimLinker.Index`), it looks
    /// up each distinct term once instead of each focus term of every point,
    /// and a point's focus is then checked by number rather than by name:
    /// theme matching of the benchmark's 1,000 documents took 297 M instructions by name, 163 M so.
    ///
    /// Its arrays are flat, of plain numbers, so that looking up a term
    /// retains nothing: an array of lines per term, each with an array of
    /// terms, cost a retain and a release per focus term of every point
    /// (with terms kept by number and fewer arrays per match, matching took
    /// 141 -> 112 M instructions on the benchmark's 1,000 documents).
    struct Lookup: Sendable {
        /// A line: a theme's entry, its terms by number.
        struct Line: Sendable {
            let theme: Int32
            /// Where its terms lie in `lineTerms`.
            let termStart: Int32
            let termEnd: Int32
            /// Whether the line joined several terms with " + ".
            let isCombination: Bool
            /// The bits of its terms' numbers (`bit(of:)`): a claim that
            /// lacks one of them in its mask cannot match the line.
            let mask: UInt64
        }

        /// The one bit of 64 that stands for term `number` in a line's or
        /// a claim's mask.
        @inline(__always)
        static func bit(of number: Int32) -> UInt64 {
            1 << ((UInt64(UInt32(bitPattern: number)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        }

        /// Per term number: where the lines whose key it is start in
        /// `lines`; one more at the end.
        let lineStarts: [Int32]
        let lines: [Line]
        /// The lines' terms by number, one line after another.
        let lineTerms: [Int32]
        /// Term number → term.
        let names: [String]

        /// Whether a line has a key among `numbers`: a point whose claim
        /// has none of them joins no theme.
        func hasLines(forAnyOf numbers: ArraySlice<Int32>) -> Bool {
            numbers.contains { lineStarts[Int($0)] != lineStarts[Int($0) + 1] }
        }
    }

    /// The lines that points whose terms are numbered by `numbers` (name →
    /// number, for the names `names`) can match.
    func lookup(for names: [String], numbers: [String: Int]) -> Lookup {
        var lineStarts: [Int32] = [0]
        var lines: [Lookup.Line] = []
        var lineTerms: [Int32] = []
        lineStarts.reserveCapacity(names.count + 1)
        for name in names {
            for (theme, entry) in byTerm[name] ?? [] {
                let terms = themes[theme].entries[entry].terms.compactMap { numbers[$0] }
                guard terms.count == themes[theme].entries[entry].terms.count else { continue }
                let start = Int32(lineTerms.count)
                lineTerms += terms.lazy.map { Int32($0) }
                lines.append(
                    Lookup.Line(
                        theme: Int32(theme), termStart: start, termEnd: Int32(lineTerms.count),
                        isCombination: themes[theme].entries[entry].isCombination,
                        mask: terms.reduce(0) { $0 | Lookup.bit(of: Int32($1)) }))
            }
            lineStarts.append(Int32(lines.count))
        }
        return Lookup(lineStarts: lineStarts, lines: lines, lineTerms: lineTerms, names: names)
    }

    /// The themes a point joins: those with a line whose terms all lie in the
    /// point's claim (`terms.focus`), ordered by theme.
    ///
    /// - Complexity: O(k·e) for k focus terms and e lines per term, plus
    ///   O(n) for a text of n bytes when a theme with "unless" phrases is
    ///   joined through single-term lines only.
    func matches(_ terms: PointTerms, text: Substring) -> [Match] {
        let names = terms.names
        let focus = (0..<terms.count).filter { terms.isFocus(at: $0) }.map { Int32($0) }
        let numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var surfaceLists = SurfaceLists()
        return matches(
            terms, focus: focus[...], lookup: lookup(for: names, numbers: numbers), text: text, surfaceLists: &surfaceLists)
    }

    /// The themes a point joins, with `focus` the numbers of the terms in
    /// its claim (in name order) as `lookup` numbers them; equal lists of
    /// surfaces are one array, found in `surfaceLists`.
    ///
    /// The terms of matched lines are kept by their place in `focus`, which
    /// is their order by name, so a match's surfaces come in name order
    /// without sorting strings, in one flat array of (theme, place) rather
    /// than an array of terms per theme; and "unless" phrases are looked
    /// for only in a text that has the runs of three bytes of their words
    /// (`UnlessFilter`), which few have, rather than in every text whose
    /// theme they may restrict tokenized again. (Callgrind, the benchmark's
    /// 1,000 documents: 107 -> 82 M instructions.)
    ///
    /// A line is passed over when the claim's mask (`Lookup.bit(of:)` of
    /// each focus term) lacks a bit of the line's, before its terms are
    /// looked for in `focus` one by one (claims have some 35 terms), and the
    /// term the line is found by is not looked for; the claim terms'
    /// positions are found up to the last one a match needs. (Callgrind,
    /// the benchmark's 1,000 documents: `matches`' own instructions 27.3 ->
    /// 22.9 M.)
    func matches(
        _ terms: PointTerms, focus: ArraySlice<Int32>, lookup: Lookup, text: Substring,
        surfaceLists: inout SurfaceLists
    ) -> [Match] {
        // Per term of a matched line: its theme, its place in `focus`, and
        // whether a line of its theme that was a combination matched (in
        // the run's array, given back at the end).
        var hits: [Hit] = []
        swap(&hits, &surfaceLists.hits)
        hits.removeAll(keepingCapacity: true)
        defer { swap(&hits, &surfaceLists.hits) }
        let focusMask = focus.reduce(0) { $0 | Lookup.bit(of: $1) }
        for (offset, number) in focus.enumerated() {
            let lines = Int(lookup.lineStarts[Int(number)])..<Int(lookup.lineStarts[Int(number) + 1])
            guard !lines.isEmpty else { continue }
            for l in lines {
                let line = lookup.lines[l]
                guard line.mask & ~focusMask == 0 else { continue }
                let termRange = Int(line.termStart)..<Int(line.termEnd)
                guard termRange.allSatisfy({ lookup.lineTerms[$0] == number || focus.contains(lookup.lineTerms[$0]) })
                else { continue }
                for t in termRange {
                    let term = lookup.lineTerms[t]
                    let place = Int32(term == number ? offset : focus.firstIndex(of: term)! - focus.startIndex)
                    if let k = hits.firstIndex(where: { $0.theme == line.theme && $0.place == place }) {
                        hits[k].combination = hits[k].combination || line.isCombination
                    } else {
                        hits.append(Hit(theme: line.theme, place: place, combination: line.isCombination))
                    }
                }
            }
        }
        guard !hits.isEmpty else { return [] }
        // by theme, then place (name order): a few, sorted by insertion
        for i in hits.indices.dropFirst() {
            let hit = hits[i]
            var j = i
            while j > 0 && (hits[j - 1].theme, hits[j - 1].place) > (hit.theme, hit.place) {
                hits[j] = hits[j - 1]
                j -= 1
            }
            hits[j] = hit
        }
        // Themes joined by single-term lines alone, which "unless" phrases may restrict.
        var restrictable: [Int32] = []
        var k = 0
        while k < hits.count {
            let theme = hits[k].theme
            var combination = false
            while k < hits.count && hits[k].theme == theme {
                combination = combination || hits[k].combination
                k += 1
            }
            if !combination && isRestricted[Int(theme)] { restrictable.append(theme) }
        }
        if !restrictable.isEmpty && unlessFilter.mayContain(phrasesOf: restrictable, text) {
            var text = text
            var restricted: [Int32] = []
            text.withUTF8 { bytes in
                let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
                for i in tokens.indices {
                    if let (list, _, _) = unless.match(tokens, at: i) {
                        restricted += list.lazy.map { Int32($0) }.filter { restrictable.contains($0) }
                    }
                }
            }
            hits.removeAll { restricted.contains($0.theme) }
        }
        // The claim terms' positions among the point's terms, by place in
        // `focus` (both in name order), so that each surface is read at its
        // position (`PointTerms.surface(at:)`) rather than searched for by
        // name: on the benchmark's 1,000 documents the 27,609 surfaces took
        // 25.6 M instructions so, 10.5 M so (matches 52.5 -> 39.7 M).
        // (up to the last place a match reads)
        let needed = Int(hits.lazy.map(\.place).max() ?? -1) + 1
        var positions: [Int] = []
        swap(&positions, &surfaceLists.positions)
        positions.removeAll(keepingCapacity: true)
        defer { swap(&positions, &surfaceLists.positions) }
        var position = 0
        while positions.count < needed {
            if terms.isFocus(at: position) { positions.append(position) }
            position += 1
        }
        var result: [Match] = []
        result.reserveCapacity(hits.count)
        k = 0
        while k < hits.count {
            let theme = hits[k].theme
            var hash = UInt64(theme)
            while k < hits.count && hits[k].theme == theme {
                let number = focus[focus.startIndex + Int(hits[k].place)]
                let surface = terms.surface(at: positions[Int(hits[k].place)])
                surfaceLists.words.append(surface)
                let utf8 = surface.utf8
                hash = (hash ^ UInt64(number) ^ UInt64(utf8.count) << 32 ^ UInt64(utf8.first ?? 0) << 48) &* 0x9E37_79B9_7F4A_7C15
                k += 1
            }
            result.append(Match(theme: Int(theme), surfaces: surfaceLists.take(hash: hash)))
        }
        return result
    }
}

extension ThemeTable {
    /// Lists of surfaces made so far (`matches`), so that equal lists share
    /// one array: most points name a theme with the same word or two
    /// ("restraint", "sovereignty"), and an array each was some 10 MB at
    /// 10,000 documents, held to the end of linking.
    ///
    /// A list is looked up by a hash of its theme, its terms' numbers and
    /// each word's length and first byte (so that "Talks" and "talks" do
    /// not take each other's place), in a table that keeps the last list of
    /// each slot, and compared by its words: a dictionary keyed by the words
    /// hashed every string (SipHash), and an array was made for each point
    /// and dropped when an equal one was found (with the other changes of
    /// `matches`, theme matching of the benchmark's 1,000 documents took
    /// 136 -> 93 M instructions).
    ///
    /// It also keeps the arrays `matches` works in from one point to the
    /// next (`words`, `hits`, `positions`), emptied but not let go of: made
    /// anew for each point, they were grown from empty some 27,000 times on
    /// the benchmark's 1,000 documents (`matches` 69.5 -> 63.9 M
    /// instructions).
    struct SurfaceLists {
        /// The last list of each slot.
        private var slots: [[String]] = Array(repeating: [], count: 4096)
        /// The words of the list being made.
        var words: [String] = []
        /// The terms of the lines a point matched (`matches`).
        var hits: [Hit] = []
        /// The claim terms' positions among a point's terms (`matches`).
        var positions: [Int] = []

        /// The list of `words`, shared with an equal one of the slot of
        /// `hash` if there is one; `words` is emptied.
        mutating func take(hash: UInt64) -> [String] {
            let slot = Int(hash >> 52)
            if !words.isEmpty && slots[slot] == words {
                words.removeAll(keepingCapacity: true)
                return slots[slot]
            }
            // a copy made to size: `words` keeps its room for the next list
            let list = [String](unsafeUninitializedCapacity: words.count) { list, count in
                _ = list.initialize(fromContentsOf: words)
                count = words.count
            }
            words.removeAll(keepingCapacity: true)
            slots[slot] = list
            return list
        }
    }

    /// A term of a line a point matched: its theme, its place among the
    /// point's claim terms, and whether a line of its theme that was a
    /// combination matched.
    struct Hit {
        let theme: Int32
        let place: Int32
        var combination: Bool
    }

    /// Which texts may contain an "unless" phrase: a text holds each word
    /// of a phrase it contains, as a run of bytes equal to the word's when
    /// both have ASCII capitals made small (as tokens compare them), so a
    /// text that lacks one of each phrase's words, so compared, contains
    /// none and need not be tokenized and searched.
    ///
    /// A phrase's word is a token's lower-case text, which is the token's
    /// bytes with ASCII capitals made small, except that a curly apostrophe
    /// reads as "'": a word is looked for in its pieces between apostrophes.
    ///
    /// The text is folded once; each piece (once per text, pieces shared by
    /// phrases) is looked for at the places of its rarest byte in English
    /// text (`anchors`), found with `memchr`, and a phrase's pieces are
    /// looked for rarest first, so that a missing one ends the phrase early.
    /// A set of the text's runs of three bytes, hashed into 1,024 bits, took
    /// ~9 instructions a byte: 12.4 M instructions for the 3,499 texts of
    /// the benchmark's 1,000 documents that might hold a phrase, 9.1 M so.
    struct UnlessFilter: Sendable {
        /// Per phrase and theme it restricts: the theme, and where its
        /// words' pieces lie in `pieces`.
        private let entries: [(theme: Int32, pieces: Range<Int32>)]
        /// Per phrase, its pieces' numbers in `distinct`, rarest first.
        private let pieces: [Int32]
        /// The distinct pieces, folded (`folded`).
        private let distinct: [[UInt8]]
        /// Per distinct piece: the place of its rarest byte.
        private let anchors: [Int]

        /// Letters from the rarest in English text to the most common.
        private static let rarity = Array("zqxjkvbpygfwmucldrhsnioate".utf8)

        /// The filter of `phrases` (lower case, each with the themes it restricts).
        init(phrases: [(String, [Int])]) {
            var entries: [(theme: Int32, pieces: Range<Int32>)] = []
            var pieces: [Int32] = []
            var distinct: [[UInt8]] = []
            var anchors: [Int] = []
            var numbers: [[UInt8]: Int32] = [:]
            for (phrase, themes) in phrases {
                let lower = phrase.replacingOccurrences(of: "\u{2019}", with: "'")
                var own: [Int32] = []
                for word in PhraseTable<Int>.words(of: lower) {
                    for piece in word.utf8.split(separator: UInt8(ascii: "'")) {
                        let folded = piece.map(Self.folded)
                        let number =
                            numbers[folded] ?? {
                                distinct.append(folded)
                                anchors.append(folded.indices.min { Self.rank(folded[$0]) < Self.rank(folded[$1]) } ?? 0)
                                numbers[folded] = Int32(distinct.count - 1)
                                return Int32(distinct.count - 1)
                            }()
                        if !own.contains(number) { own.append(number) }
                    }
                }
                own.sort { Self.rank(distinct[Int($0)][anchors[Int($0)]]) < Self.rank(distinct[Int($1)][anchors[Int($1)]]) }
                let start = Int32(pieces.count)
                pieces += own
                for theme in themes { entries.append((Int32(theme), start..<Int32(pieces.count))) }
            }
            self.entries = entries
            self.pieces = pieces
            self.distinct = distinct
            self.anchors = anchors
        }

        /// How common `byte` is in English text: letters by `rarity`,
        /// anything else rarer than any letter.
        private static func rank(_ byte: UInt8) -> Int { rarity.firstIndex(of: byte).map { $0 + 1 } ?? 0 }

        /// A byte as words are compared: ASCII capitals made small (with
        /// the 0x20 bit set, which also changes some other bytes, alike in
        /// text and phrase: bytes equal after `Token.lowered` are equal so).
        @inline(__always)
        static func folded(_ byte: UInt8) -> UInt8 { byte | 0x20 }

        /// Whether `text` may contain a phrase that restricts one of `themes`.
        func mayContain(phrasesOf themes: [Int32], _ text: Substring) -> Bool {
            guard entries.contains(where: { themes.contains($0.theme) }) else { return false }
            var text = text
            return text.withUTF8 { bytes in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { folded in
                    for i in bytes.indices { folded[i] = Self.folded(bytes[i]) }
                    // per distinct piece: 0 not looked for yet, 1 found, 2 not found
                    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(distinct.count, 1)) { found in
                        found.initialize(repeating: 0)
                        func holds(_ piece: Int32) -> Bool {
                            if found[Int(piece)] == 0 {
                                let hit = Self.find(
                                    distinct[Int(piece)], anchor: anchors[Int(piece)], in: folded, count: bytes.count)
                                found[Int(piece)] = hit ? 1 : 2
                            }
                            return found[Int(piece)] == 1
                        }
                        return entries.contains { entry in
                            themes.contains(entry.theme)
                                && pieces[Int(entry.pieces.lowerBound)..<Int(entry.pieces.upperBound)].allSatisfy(holds)
                        }
                    }
                }
            }
        }

        /// Whether `word` lies in the first `count` bytes of `text`: each
        /// place of its byte at `anchor` found with `memchr`, then compared.
        private static func find(
            _ word: [UInt8], anchor: Int, in text: UnsafeMutableBufferPointer<UInt8>, count: Int
        ) -> Bool {
            guard let base = text.baseAddress, !word.isEmpty, word.count <= count else { return false }
            // the places the anchor may lie at, with the whole word in the text
            var from = anchor
            let last = count - word.count + anchor
            // a byte beside the anchor, compared before the whole word
            let beside = anchor + 1 < word.count ? anchor + 1 : anchor - 1
            return word.withUnsafeBytes { word in
                guard let wordBase = word.baseAddress else { return false }
                while from <= last {
                    guard let hit = memchr(base + from, Int32(word[anchor]), last - from + 1) else { return false }
                    let place = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    let start = place - anchor
                    if beside < 0 || base[start + beside] == word[beside],
                        memcmp(base + start, wordBase, word.count) == 0
                    {
                        return true
                    }
                    from = place + 1
                }
                return false
            }
        }
    }
}
