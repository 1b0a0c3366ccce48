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
    /// The label of a claim gathered by `key` (nil for a single point) with `members`.
    static func make(key: String?, members: [Int], index: ClaimLinker.Index, points: [StancePoint]) -> String {
        let lexicon = Lexicon.shared
        var phrase: String
        if let key, key.isThemeKey {
            phrase = String(key.dropFirst(ThemeTable.keyPrefix.count))
        } else if let key {
            phrase = members.lazy.compactMap { index.terms(of: $0).surface(of: key) }.first ?? key
            if !key.isKeyPhrase {
                var counts: [String: Int] = [:]
                for p in members {
                    for term in index.terms(of: p).focusTerms where term.isKeyPhrase && term.split(separator: " ").contains(Substring(key)) {
                        counts[term, default: 0] += 1
                    }
                }
                if let (best, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 2 >= members.count, count >= 2,
                    let surface = members.lazy.compactMap({ index.terms(of: $0).surface(of: best) }).first
                {
                    phrase = surface
                }
            } else if let last = key.split(separator: " ").last {
                var counts: [String: Int] = [:]
                // Claim terms are read from the index by number and cut at
                // their space: `focusTerms` made an array of names per member,
                // and `split` went character by character, making an array of
                // parts per term (the labels took 142 M instructions on the
                // benchmark's 1,000 documents, now 40 M).
                for p in members {
                    index.forEachClaimTerm(of: p) { number in
                        if let (first, second) = Self.twoWords(index.termNames[number]), first == last,
                            let name = lexicon.synonymNames[String(second)]
                        {
                            counts[name, default: 0] += 1
                        }
                    }
                }
                if let (name, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 3 >= members.count, count >= 2 {
                    phrase += " " + name
                }
            }
        } else {
            let point = points[members[0]]
            if let target = point.target, namesSomething(target, lexicon: lexicon) {
                phrase = target
            } else {
                phrase = opening(of: point.text)
            }
        }
        return phrase.prefix(1).uppercased() + phrase.dropFirst()
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
    static func namesSomething(_ target: String, lexicon: Lexicon) -> Bool {
        target.split { !$0.isLetter }.contains { word in
            let lower = word.lowercased()
            return lower.count >= 3 && !lexicon.stopwords.contains(lower)
        }
    }

    /// The start of `text` up to `limit` characters, cut between words and
    /// ending in "…" when there is more.
    ///
    /// Whether there is more is found by walking at most `limit + 1`
    /// characters rather than counting all, and the cut is trimmed only when
    /// it starts or ends with punctuation or a space (Foundation's trimming
    /// cost some 30,000 instructions a call, and most cuts need none).
    static func opening(of text: String, limit: Int = 48) -> String {
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        let head = text[..<end]
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        let trimmed = trimmedCharacters
        if let first = cut.unicodeScalars.first, let last = cut.unicodeScalars.last,
            !trimmed.contains(first), !trimmed.contains(last)
        {
            return String(cut) + "…"
        }
        return cut.trimmingCharacters(in: trimmed) + "…"
    }

    /// What `opening(of:limit:)` trims from the ends of its cut.
    private static let trimmedCharacters = CharacterSet.punctuationCharacters.union(.whitespaces)
}
