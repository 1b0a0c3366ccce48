import Foundation

/// The word lists that extraction and linking use, read once from the bundled
/// resource files (see Resources/README.md) and shared by every document.
///
/// A class, so that holding or passing it is one reference: as a struct
/// (2,488 bytes) it was copied to the stack for every call made on an
/// extraction run's lexicon from one of the run's `mutating` methods, even
/// when passed as a parameter.
final class Lexicon: Sendable {
    /// The classes of stance cue, from cues.txt.
    enum CueClass: String, Sendable, CaseIterable {
        /// Asks for, backs or commits to something: "urge", "call for".
        case support
        /// Rejects, criticises or warns: "oppose", "reject", "critical of".
        case oppose
        /// Argues or holds a view: "believe", "stress", "according to".
        case argue
        /// Names a speaker but marks no position: "said", "told".
        case report
        /// Normative modal: "should", "must", "necessary".
        case modal
        /// Evaluation against: "dangerous", "doomed to fail".
        case negativeEvaluative
        /// Evaluation in favour: "the best", "constructive".
        case positiveEvaluative
        /// A judgement against stated in the sentence's own voice, weaker than a
        /// cue: "a setback", "null and void" (found in `assertions`, not `cues`).
        case negativeAssertion
        /// A judgement in favour stated in the sentence's own voice: "a historic success".
        case positiveAssertion

        /// Whether a sentence with this cue alone is a stance point.
        var marksPosition: Bool { self != .report }
        /// Whether the cue is a verb (or verb-like phrase) whose subject holds the position.
        var takesHolderSubject: Bool {
            self == .support || self == .oppose || self == .argue || self == .report
        }

        /// The rationale's name of the rule a cue of this class fires
        /// ("oppose cue": the raw value and " cue"), a literal per class
        /// rather than made per point. (A switch: a dictionary by class
        /// hashed the class at every point, 5 M instructions on the
        /// benchmark's 1,000 documents.)
        var ruleName: String {
            switch self {
            case .support: "support cue"
            case .oppose: "oppose cue"
            case .argue: "argue cue"
            case .report: "report cue"
            case .modal: "modal cue"
            case .negativeEvaluative: "negativeEvaluative cue"
            case .positiveEvaluative: "positiveEvaluative cue"
            case .negativeAssertion: "negativeAssertion cue"
            case .positiveAssertion: "positiveAssertion cue"
            }
        }
    }

    let cues: PhraseTable<CueClass>
    /// Evaluative assertions ("a setback", "a historic success"): they make a
    /// sentence with no cue a point only under the extractor's guards, so they
    /// are kept apart from `cues`.
    let assertions: PhraseTable<CueClass>
    /// Base forms of single-word cue verbs ("support", "call"), which are
    /// nouns after "the", "its", "for" or a comma ("support for Ukraine").
    let verbBaseForms: WordSet
    let stopVerbs: PhraseTable<Bool>
    let negativeWeak: WordSet
    let negation: WordSet
    let notNegation: PhraseTable<Bool>
    let contrast: PhraseTable<Bool>
    let auxiliary: WordSet
    /// Phrases that look like cues but are not ("welcome to this briefing").
    let nonCues: PhraseTable<Bool>
    /// Words that open an adverbial chunk, not a subject ("Speaking", "Like", "In").
    let clauseOpeners: WordSet
    /// The first words (up to the first space) of the clause openers of
    /// more than one word ("for" of "for example"): a chunk's first two
    /// words are joined into a string to look up only after one of these.
    let clauseOpenerFirstWords: WordSet
    let abbreviations: WordSet
    let abbreviationsBeforeNumber: WordSet
    /// The length in bytes of the longest word of `abbreviations` and
    /// `abbreviationsBeforeNumber`: a longer word before a full stop is
    /// looked up in neither (`SentenceSegmenter.endsSentence`).
    let longestAbbreviation: Int
    let sentenceStarters: WordSet
    let boilerplate: BoilerplateRules
    let aliases: AliasTable
    let stopwords: WordSet
    /// Stemmed word → its synonym group, named by the stem of its first
    /// word, looked up by `WordHash` (linking looks up every content word
    /// of every point).
    let synonyms: WordTable<SynonymGroup>
    /// The stems that `synonyms` maps words to.
    let synonymHeads: Set<String>
    /// Multi-word synonyms ("lay to rest", "move away"), mapped to their group.
    let synonymPhrases: PhraseTable<String>
    /// A synonym group's stem → the group's first word as written ("mental" → "mentality"), for labels.
    let synonymNames: [String: String]
    /// Synonym groups too common across issues to name a claim on their own
    /// ("security", "war"): they still fold words for similarity.
    let broadSynonymGroups: Set<String>

    /// The lexicon built from the bundled resources; loaded on first use.
    static let shared = Lexicon()

    init() {
        let cueSections = ResourceFile.sections("cues")
        // (Phrases gathered first and made into each table at once: `PhraseTable` remakes its contents at every `add`.)
        var cues: [(String, CueClass)] = []
        var verbBaseForms = WordSet()
        let classes: [(String, CueClass)] = [
            ("support", .support), ("oppose", .oppose), ("argue", .argue), ("report", .report),
        ]
        for (name, cueClass) in classes {
            for entry in cueSections["\(name)-verbs"] ?? [] {
                let forms = Self.verbForms(entry)
                for form in forms { cues.append((form, cueClass)) }
                if let base = forms.first, !base.utf8.contains(0x20) { verbBaseForms.insert(base) }
            }
            for entry in cueSections["\(name)-phrases"] ?? [] { cues.append((entry, cueClass)) }
        }
        for entry in cueSections["modal"] ?? [] { cues.append((entry, .modal)) }
        for entry in cueSections["negative-evaluative"] ?? [] { cues.append((entry, .negativeEvaluative)) }
        for entry in cueSections["positive-evaluative"] ?? [] { cues.append((entry, .positiveEvaluative)) }
        self.cues = PhraseTable(cues)
        var assertions: [(String, CueClass)] = []
        for entry in cueSections["negative-assertion"] ?? [] { assertions.append((entry, .negativeAssertion)) }
        for entry in cueSections["positive-assertion"] ?? [] { assertions.append((entry, .positiveAssertion)) }
        self.assertions = PhraseTable(assertions)
        self.verbBaseForms = verbBaseForms

        var stopVerbs: [(String, Bool)] = []
        for entry in cueSections["stop-verbs"] ?? [] {
            for form in Self.verbForms(entry) { stopVerbs.append((form, true)) }
        }
        self.stopVerbs = PhraseTable(stopVerbs)
        negativeWeak = WordSet(cueSections["negative-weak"] ?? [])
        negation = WordSet(cueSections["negation"] ?? [])
        notNegation = PhraseTable((cueSections["not-negation"] ?? []).map { ($0, true) })
        contrast = PhraseTable((cueSections["contrast"] ?? []).map { ($0, true) }, keepingPhraseBits: true)
        auxiliary = WordSet(cueSections["auxiliary"] ?? [])
        nonCues = PhraseTable((cueSections["not-cues"] ?? []).map { ($0, true) })
        clauseOpeners = WordSet(cueSections["clause-openers"] ?? [])
        clauseOpenerFirstWords = WordSet(
            (cueSections["clause-openers"] ?? []).filter { $0.utf8.contains(0x20) }.map {
                String(decoding: $0.utf8.prefix { $0 != 0x20 }, as: UTF8.self)
            })

        let abbreviationSections = ResourceFile.sections("abbreviations")
        var abbreviations = WordSet()
        var beforeNumber = WordSet()
        var longestAbbreviation = 0
        for line in abbreviationSections[""] ?? [] {
            let parts = line.split(separator: " ")
            guard let word = parts.first else { continue }
            longestAbbreviation = max(longestAbbreviation, word.utf8.count)
            if parts.count > 1 && parts[1] == "@digit" {
                beforeNumber.insert(String(word))
            } else {
                abbreviations.insert(String(word))
            }
        }
        self.abbreviations = abbreviations
        abbreviationsBeforeNumber = beforeNumber
        self.longestAbbreviation = longestAbbreviation
        sentenceStarters = WordSet(abbreviationSections["sentence-starters"] ?? [])
        boilerplate = BoilerplateRules(ResourceFile.sections("boilerplate"))
        aliases = AliasTable(ResourceFile.sections("aliases"))
        stopwords = WordSet(ResourceFile.lines("stopwords"))

        var synonyms: [String: String] = [:]
        var synonymPhrases: [(String, String)] = []
        var synonymNames: [String: String] = [:]
        var broadSynonymGroups = Set<String>()
        let synonymSections = ResourceFile.sections("synonyms")
        let broadLines = synonymSections["broad"] ?? []
        for line in (synonymSections[""] ?? []) + broadLines {
            let words = line.split(separator: ",").map { $0.trimmingUnicodeSpaces().lowercased() }
            guard let first = words.first else { continue }
            let head = Stemmer.stem(first)
            if broadLines.contains(line) { broadSynonymGroups.insert(head) }
            synonymNames[head] = first
            for word in words {
                if word.utf8.contains(0x20) {
                    synonymPhrases.append((word, head))
                } else {
                    synonyms[Stemmer.stem(word)] = head
                }
            }
        }
        var synonymTable = WordTable<SynonymGroup>(minimumCapacity: synonyms.count)
        for (stem, head) in synonyms { synonymTable[stem] = SynonymGroup(head) }
        self.synonyms = synonymTable
        self.synonymHeads = Set(synonyms.values)
        self.synonymPhrases = PhraseTable(synonymPhrases)
        self.synonymNames = synonymNames
        self.broadSynonymGroups = broadSynonymGroups
    }

    /// The forms of one verb entry: "a|b|c" as written, otherwise the
    /// inflections of the first word followed by the rest of the phrase.
    ///
    /// (Spaces and bars are found by their bytes: with Foundation's
    /// `contains` and a split by `Character`, the lexicon's 209 verb
    /// entries cost 4.6 M instructions rather than 2.3 M, callgrind.)
    static func verbForms(_ entry: String) -> [String] {
        if entry.utf8.contains(UInt8(ascii: "|")) {
            return entry.split(separator: "|").map { $0.trimmingUnicodeSpaces() }
        }
        let bytes = entry.utf8
        let start = bytes.firstIndex { $0 != 0x20 } ?? bytes.endIndex
        guard start != bytes.endIndex else { return [] }
        let verbEnd = bytes[start...].firstIndex(of: 0x20) ?? bytes.endIndex
        let verb = String(entry[start..<verbEnd])
        // the rest after the first space, as a split with one cut leaves it
        let rest = verbEnd == bytes.endIndex || bytes.index(after: verbEnd) == bytes.endIndex ? "" : " " + entry[bytes.index(after: verbEnd)...]
        return Inflection.forms(of: verb).map { $0 + rest }
    }
}
