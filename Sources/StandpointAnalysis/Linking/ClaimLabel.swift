import Foundation
import StandpointModel

/// A short readable label for a claim: its key as the texts write it
/// ("Cold War", "dialogue"), widened to a key phrase that most members share
/// ("military coalitions"), or a phrase key followed by the synonym group a
/// third of its members continue it with ("Cold War" + mindset/script/
/// mentality → "Cold War mentality"); for a claim of one point, its target or
/// the start of its text; a claim gathered by a theme is labelled with the
/// theme's name.
enum ClaimLabel {
    /// The label of a claim gathered by `key` (nil for a single point) with
    /// `members`; `words` are the words of the index's terms.
    static func make(key: String?, members: [Int], index: ClaimLinker.Index, words: Words, points: [StancePoint]) -> String {
        let lexicon = Lexicon.shared
        var phrase: String
        if let key, key.isThemeKey {
            phrase = String(key.dropFirst(ThemeTable.keyPrefix.count))
        } else if let key {
            phrase = members.lazy.compactMap { index.terms(of: $0).surface(of: key) }.first ?? key
            if !key.isKeyPhrase {
                // The key phrases with the key as a word, counted by number
                // among the members' claim terms: each member's claim terms
                // were made into an array of names and each phrase split
                // into an array of words (a claim of 2,000 members took
                // some 2.5 ms, now well under one).
                let phrases = words.phrasesWith[key] ?? []
                var counts: [String: Int] = [:]
                if !phrases.isEmpty {
                    let candidate = Dictionary(uniqueKeysWithValues: phrases.enumerated().map { ($1, $0) })
                    var found = Array(repeating: 0, count: phrases.count)
                    for p in members {
                        index.forEachClaimTerm(of: p) { number in
                            if let c = candidate[Int32(number)] { found[c] += 1 }
                        }
                    }
                    for (c, count) in found.enumerated() where count > 0 { counts[index.termNames[Int(phrases[c])]] = count }
                }
                if let (best, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 2 >= members.count, count >= 2,
                    let surface = members.lazy.compactMap({ index.terms(of: $0).surface(of: best) }).first
                {
                    phrase = surface
                }
            } else if let last = key.split(separator: " ").last {
                // The terms of two words that continue the key, by number,
                // found once for all claims (`Words`): each claim term of
                // each member was cut at its space and its first word
                // compared (a claim of 2,000 members took some 10 ms).
                let continuations = words.continuations[String(last)] ?? []
                var counts: [String: Int] = [:]
                if !continuations.isEmpty {
                    let candidate = Dictionary(uniqueKeysWithValues: continuations.enumerated().map { ($1.term, $0) })
                    var found = Array(repeating: 0, count: continuations.count)
                    for p in members {
                        index.forEachClaimTerm(of: p) { number in
                            if let c = candidate[Int32(number)] { found[c] += 1 }
                        }
                    }
                    for (c, count) in found.enumerated() where count > 0 { counts[continuations[c].name, default: 0] += count }
                }
                if let (name, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 3 >= members.count, count >= 2 {
                    phrase += " " + name
                }
            }
        } else {
            let first = members[0]
            if let target = points[first].target, namesSomething(target, lexicon: lexicon) {
                phrase = target
            } else {
                phrase = opening(of: points[first].text)
            }
        }
        return phrase.prefix(1).uppercased() + phrase.dropFirst()
    }

    /// The words of an index's terms that labels look for, found once for
    /// all claims rather than per term of each member of each claim.
    struct Words: Sendable {
        /// Word → the numbers of the key phrases that have it as a word, in number order.
        let phrasesWith: [String: [Int32]]
        /// Word → the terms of two words that start with it and whose second
        /// word names a synonym group, with that group's name, in number order.
        let continuations: [String: [(term: Int32, name: String)]]

        /// The words of `termNames`, with `lexicon`'s synonym groups.
        init(termNames: [String], lexicon: Lexicon) {
            var phrasesWith: [String: [Int32]] = [:]
            var continuations: [String: [(term: Int32, name: String)]] = [:]
            for (number, term) in termNames.enumerated() where term.isKeyPhrase {
                var seen: Set<Substring> = []
                for word in term.split(separator: " ") where seen.insert(word).inserted {
                    phrasesWith[String(word), default: []].append(Int32(number))
                }
                if let (first, second) = ClaimLabel.twoWords(term), let name = lexicon.synonymNames[String(second)] {
                    continuations[String(first), default: []].append((Int32(number), name))
                }
            }
            self.phrasesWith = phrasesWith
            self.continuations = continuations
        }
    }

    /// The two words of a key phrase of two words ("cold war" → "cold",
    /// "war"); nil for a term of one word or more than two. Term names
    /// separate their words with single spaces.
    static func twoWords(_ term: String) -> (Substring, Substring)? {
        let bytes = term.utf8
        guard let space = bytes.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let (first, second) = (term[..<space], term[bytes.index(after: space)...])
        guard !first.isEmpty, !second.isEmpty, !second.utf8.contains(UInt8(ascii: " ")) else { return nil }
        return (first, second)
    }

    /// Whether a target has a word that is not a stopword ("It is" names nothing).
    ///
    /// A target all in ASCII is read as bytes (`asciiNamesSomething`); any
    /// other is split into characters, each asked whether it is a letter (a
    /// Unicode property), and each word lower-cased as a `String`: some
    /// 25,000 instructions a call that way (the 225 calls of the
    /// benchmark's 1,000 documents, all in ASCII: 5.7 -> 0.25 M).
    static func namesSomething(_ target: String, lexicon: Lexicon) -> Bool {
        var target = target
        if let named = target.withUTF8({ asciiNamesSomething($0, stopwords: lexicon.stopwords) }) { return named }
        return target.split { !$0.isLetter }.contains { word in
            let lower = word.lowercased()
            return lower.count >= 3 && !lexicon.stopwords.contains(lower)
        }
    }

    /// `namesSomething` for a target spelt by `bytes`, or nil when they are
    /// not all ASCII. In ASCII the letters are A-Z and a-z alone, each a
    /// character of its own, so a word is a run of them, lower-cased by
    /// setting one bit, and looked up by its bytes in a buffer on the stack.
    private static func asciiNamesSomething(_ bytes: UnsafeBufferPointer<UInt8>, stopwords: WordSet) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { lower in
            var start = 0
            while start < bytes.count {
                guard isLetter(bytes[start]) else {
                    start += 1
                    continue
                }
                var end = start
                while end < bytes.count && isLetter(bytes[end]) {
                    lower[end - start] = bytes[end] | 0x20
                    end += 1
                }
                if end - start >= 3 && !stopwords.contains(bytes: UnsafeBufferPointer(rebasing: lower[0..<(end - start)])) {
                    return true
                }
                start = end
            }
            return false
        }
    }

    /// The start of `text` up to `limit` characters, cut between words and
    /// ending in "…" when there is more.
    ///
    /// Whether there is more is found by walking at most `limit + 1`
    /// characters rather than counting all, and the cut is trimmed scalar by
    /// scalar from each end, only where it starts or ends with punctuation
    /// or a space: Foundation's trimming (through `NSString`) cost some
    /// 34,000 instructions a call (5.6 M for the 165 cuts of the
    /// benchmark's 1,000 documents).
    ///
    /// A text all in ASCII without a carriage return is cut on its bytes
    /// (`asciiOpening`).
    static func opening(of text: String, limit: Int = 48) -> String {
        if let cut = text.utf8.withContiguousStorageIfAvailable({ asciiOpening(of: $0, limit: limit) }) ?? nil { return cut }
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        let head = text[..<end]
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        let trimmed = trimmedCharacters
        let scalars = cut.unicodeScalars
        var (from, to) = (scalars.startIndex, scalars.endIndex)
        while from < to, trimmed.contains(scalars[from]) { from = scalars.index(after: from) }
        while from < to, trimmed.contains(scalars[scalars.index(before: to)]) { to = scalars.index(before: to) }
        return String(scalars[from..<to]) + "…"
    }

    /// What `opening(of:limit:)` trims from the ends of its cut.
    private static let trimmedCharacters = CharacterSet.punctuationCharacters.union(.whitespaces)

    /// `opening(of:limit:)` of a text spelt by `bytes`, or nil when they are
    /// not all ASCII or hold a carriage return: otherwise each byte is a
    /// character of its own (a carriage return and a line feed after it
    /// are one), so the cut is found by counting bytes, and its ends are
    /// trimmed by `asciiTrimmed`. Walking and trimming characters took some
    /// 8,000 instructions a call (the 393 calls of the benchmark's 1,000
    /// documents, 205 of them in ASCII: 3.12 -> 1.77 M).
    private static func asciiOpening(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
        guard bytes.count > limit else { return String(decoding: bytes, as: UTF8.self) }
        var to = bytes[..<limit].lastIndex(of: UInt8(ascii: " ")) ?? limit
        var from = 0
        while from < to, asciiTrimmed[Int(bytes[from])] { from += 1 }
        while from < to, asciiTrimmed[Int(bytes[to - 1])] { to -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) + "…"
    }

    /// Per ASCII byte, whether `trimmedCharacters` holds it.
    static let asciiTrimmed: [Bool] = (0..<128).map { trimmedCharacters.contains(Unicode.Scalar(UInt8($0))) }
}
