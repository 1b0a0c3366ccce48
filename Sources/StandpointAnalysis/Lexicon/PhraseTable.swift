import Foundation

/// Multi-word phrases looked up by their first word, matched against tokens.
///
/// A phrase may hold one gap ("see ... as"): between one and four tokens of
/// the same clause may stand there. Matching prefers the longest phrase.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        /// Words before the gap (or all words when there is no gap).
        let head: [Word]
        /// Words after the gap; empty when there is no gap.
        let tail: [Word]
        let value: Value
        /// The words of a phrase without a gap as a matched cue names them
        /// (the possessive "'s" left out), made once here rather than joined
        /// again at every match; nil for a phrase with a gap.
        let words: String?
        /// The hash of the second word before the gap, if there is one.
        let secondHash: UInt64?
        var length: Int { head.count + tail.count }

        init(head: [Word], tail: [Word], value: Value) {
            self.head = head
            self.tail = tail
            self.value = value
            words = tail.isEmpty ? head.map(\.text).filter { $0 != "'s" }.joined(separator: " ") : nil
            secondHash = head.count >= 2 ? head[1].hash : nil
        }
    }

    /// A word of a phrase with its `WordHash`, compared with a token's hash first.
    struct Word: Sendable {
        let text: String
        let hash: UInt64
        /// `text` packed as tokens are, compared with a token whose hash matches.
        let packed: PackedWord
        /// The bytes of `text`, compared with a token's only for words longer than sixteen bytes.
        let bytes: [UInt8]

        init(_ text: String) {
            self.text = text
            hash = WordHash.of(text.utf8)
            packed = PackedWord(text.utf8)
            bytes = Array(text.utf8)
        }
    }

    /// The phrases that share a first word, longest first, with what
    /// lets a look-up skip those whose second word is not the next token's.
    ///
    /// Common words start many phrases ("the", "a", "in", "not": 10 to 22
    /// cues each, and "the" many aliases), and every occurrence tried them
    /// all, comparing their second words' hashes one by one (callgrind,
    /// 1,000 documents: 66 M instructions for the cues, 57 M for the
    /// aliases). A class, so that a look-up retains one reference, as it did
    /// for the array.
    final class Group: Sendable {
        /// Every phrase, longest first.
        let all: [Entry]
        /// The phrases of one word or with a gap after the first word, in
        /// the same order: the only ones that can match where no phrase's
        /// second word is the next token.
        let withoutSecond: [Entry]
        /// One bit per phrase with a second word, at its hash modulo 64.
        let secondHashes: UInt64

        init(_ all: [Entry]) {
            self.all = all
            withoutSecond = all.filter { $0.secondHash == nil }
            secondHashes = all.reduce(0) { mask, entry in entry.secondHash.map { mask | Self.bit($0) } ?? mask }
        }

        /// The bit of `hash` in `secondHashes`.
        @inline(__always)
        static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }

        /// The phrases that may match before a token with hash `next` (nil at the end of the tokens).
        @inline(__always)
        func candidates(before next: UInt64?) -> [Entry] {
            guard let next, secondHashes & Self.bit(next) != 0 else { return withoutSecond }
            return all
        }
    }

    /// Phrases by their first word.
    private(set) var entries = WordTable<Group>()

    init() {}

    /// Adds `phrase` (words separated by spaces, "..." for a gap).
    mutating func add(_ phrase: String, _ value: Value) {
        var lower = phrase.lowercased()
        if lower.unicodeScalars.contains("\u{2019}") { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
        let words = Self.words(of: lower)
        guard let first = words.first else { return }
        let entry: Entry
        if let gap = words.firstIndex(of: "...") {
            entry = Entry(head: words[..<gap].map(Word.init), tail: words[(gap + 1)...].map(Word.init), value: value)
        } else {
            entry = Entry(head: words.map(Word.init), tail: [], value: value)
        }
        var phrases = entries[first]?.all ?? []
        phrases.append(entry)
        phrases.sort { $0.length > $1.length }
        entries[first] = Group(phrases)
    }

    /// The words of a lower-case phrase between spaces, a possessive "'s"
    /// split off its word ("china's" → "china", "'s").
    ///
    /// An ASCII phrase, whose characters are its bytes, is split on its
    /// bytes: splitting by `Character` was most of reading the lexicon's
    /// 2,300 phrases (callgrind: some 25 M instructions at every start).
    static func words(of phrase: String) -> [String] {
        guard phrase.utf8.allSatisfy({ $0 < 0x80 }) else {
            return phrase.split(separator: " ").flatMap { word -> [String] in
                word.count > 2 && word.hasSuffix("'s") ? [String(word.dropLast(2)), "'s"] : [String(word)]
            }
        }
        // each word made from its slice of the phrase, with no array of its bytes in between
        var words: [String] = []
        for word in phrase.utf8.split(separator: UInt8(ascii: " ")) {
            if word.count > 2 && word.last == UInt8(ascii: "s") && word.dropLast().last == UInt8(ascii: "'") {
                words.append(String(Substring(word.dropLast(2))))
                words.append("'s")
            } else {
                words.append(String(Substring(word)))
            }
        }
        return words
    }

    /// The longest phrase starting at token `i`, the index one past its last
    /// token, and its words when it has no gap (`Entry.words`).
    ///
    /// Inlined up to the table's filter: most tokens start no phrase, and
    /// are answered without a call (callgrind, 1,000 documents: entering and
    /// leaving this function for every token cost some 40 M instructions).
    @inline(__always)
    func match(_ tokens: [Token], at i: Int) -> (value: Value, end: Int, words: String?)? {
        guard tokens[i].kind == .word, entries.mayContain(tokens[i]) else { return nil }
        return matchCandidates(tokens, at: i)
    }

    /// `match(_:at:)` for a token that passed the table's filter.
    private func matchCandidates(_ tokens: [Token], at i: Int) -> (value: Value, end: Int, words: String?)? {
        guard let group = entries.value(for: tokens[i]) else { return nil }
        let nextHash = i + 1 < tokens.count ? tokens[i + 1].hash : nil
        let candidates = group.candidates(before: nextHash)
        for c in candidates.indices {
            // Phrases that share a first word ("the Kremlin", "the White
            // House"…) mostly differ in the second: its hash is compared here
            // before the entry is copied and its words compared (callgrind,
            // 500 synthetic documents: matching phrases took 307 M
            // instructions before, 196 M after).
            if let second = candidates[c].secondHash, second != nextHash { continue }
            let entry = candidates[c]
            guard let afterHead = Self.matchWords(entry.head, tokens, from: i) else { continue }
            if entry.tail.isEmpty { return (entry.value, afterHead, entry.words) }
            var k = afterHead + 1
            while k <= afterHead + 4 && k < tokens.count {
                let kind = tokens[k - 1].kind
                if kind == .stop || kind == .clauseMark || kind == .comma { break }
                if let end = Self.matchWords(entry.tail, tokens, from: k) { return (entry.value, end, nil) }
                k += 1
            }
        }
        return nil
    }

    /// Matches consecutive word tokens; returns the index after the last one.
    static func matchWords(_ words: [Word], _ tokens: [Token], from start: Int) -> Int? {
        var k = start
        for word in words {
            guard k < tokens.count, tokens[k].kind == .word || tokens[k].kind == .possessive,
                tokens[k].hash == word.hash, tokens[k].spells(word.packed, bytes: { word.bytes.withUnsafeBufferPointer { tokens[k].spells($0) } }) else { return nil }
            k += 1
        }
        return k
    }
}
