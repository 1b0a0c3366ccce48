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
    private let unless: PhraseTable<[Int]>
    /// The themes that have "unless" phrases.
    private let restrictedThemes: Set<Int>

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
        self.restrictedThemes = Set(unlessLists.values.joined())
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
        }

        /// Per term number: where the lines whose key it is start in
        /// `lines`; one more at the end.
        let lineStarts: [Int32]
        let lines: [Line]
        /// The lines' terms by number, one line after another.
        let lineTerms: [Int32]
        /// Term number → term.
        let names: [String]
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
                        isCombination: themes[theme].entries[entry].isCombination))
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
        return matches(terms, focus: focus[...], lookup: lookup(for: names, numbers: numbers), text: text)
    }

    /// The themes a point joins, with `focus` the numbers of the terms in
    /// its claim (in name order) as `lookup` numbers them.
    func matches(_ terms: PointTerms, focus: ArraySlice<Int32>, lookup: Lookup, text: Substring) -> [Match] {
        // Themes found so far, with the terms of their matched lines and
        // whether any of those lines was a combination: a point joins few
        // themes, so small arrays (searched linearly) are cheaper than the
        // sets and dictionaries one per point would cost.
        // The terms are kept by number (a line's numbers name its entry's
        // terms, in order) and named only at the end, rather than an entry
        // copied and its strings compared per line.
        var found: [(theme: Int, terms: [Int32], combination: Bool)] = []
        for number in focus {
            for l in Int(lookup.lineStarts[Int(number)])..<Int(lookup.lineStarts[Int(number) + 1]) {
                let line = lookup.lines[l]
                let termRange = Int(line.termStart)..<Int(line.termEnd)
                guard termRange.allSatisfy({ focus.contains(lookup.lineTerms[$0]) }) else { continue }
                let theme = Int(line.theme)
                let k = found.firstIndex { $0.theme == theme } ?? {
                    found.append((theme, [], false))
                    return found.count - 1
                }()
                if line.isCombination { found[k].combination = true }
                for t in termRange where !found[k].terms.contains(lookup.lineTerms[t]) { found[k].terms.append(lookup.lineTerms[t]) }
            }
        }
        // "unless" phrases only matter for themes joined by single-term lines alone
        let restrictable = found.filter { !$0.combination && restrictedThemes.contains($0.theme) }.map(\.theme)
        if !restrictable.isEmpty {
            var text = text
            var restricted: [Int] = []
            text.withUTF8 { bytes in
                let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
                for i in tokens.indices {
                    if let (list, _, _) = unless.match(tokens, at: i) {
                        restricted += list.filter { restrictable.contains($0) }
                    }
                }
            }
            found.removeAll { restricted.contains($0.theme) }
        }
        found.sort { $0.theme < $1.theme }
        return found.map { theme, required, _ in
            // one array: the names, sorted, then each replaced by its surface
            var surfaces = required.map { lookup.names[Int($0)] }
            surfaces.sort()
            for i in surfaces.indices { surfaces[i] = terms.surface(of: surfaces[i]) ?? surfaces[i] }
            return Match(theme: theme, surfaces: surfaces)
        }
    }
}
