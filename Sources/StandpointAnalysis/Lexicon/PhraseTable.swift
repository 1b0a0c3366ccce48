import Foundation

/// Multi-word phrases looked up by their first word, matched against tokens.
///
/// A phrase may hold one gap ("see ... as"): between one and four tokens of
/// the same clause may stand there. Matching prefers the longest phrase.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        /// Words before the gap (or all words when there is no gap).
        let head: [String]
        /// Words after the gap; empty when there is no gap.
        let tail: [String]
        let value: Value
        var length: Int { head.count + tail.count }
    }

    private(set) var entries: [String: [Entry]] = [:]

    init() {}

    /// Adds `phrase` (words separated by spaces, "..." for a gap).
    mutating func add(_ phrase: String, _ value: Value) {
        let words = phrase.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .split(separator: " ").flatMap { word -> [String] in
                word.count > 2 && word.hasSuffix("'s") ? [String(word.dropLast(2)), "'s"] : [String(word)]
            }
        guard let first = words.first else { return }
        if let gap = words.firstIndex(of: "...") {
            entries[first, default: []].append(
                Entry(head: Array(words[..<gap]), tail: Array(words[(gap + 1)...]), value: value))
        } else {
            entries[first, default: []].append(Entry(head: words, tail: [], value: value))
        }
        entries[first]?.sort { $0.length > $1.length }
    }

    /// Whether any phrase starts with `word`.
    func startsAny(_ word: String) -> Bool { entries[word] != nil }

    /// The longest phrase starting at token `i`, and the index one past its last token.
    func match(_ tokens: [Token], at i: Int) -> (value: Value, end: Int, entry: Entry)? {
        guard tokens[i].kind == .word, let candidates = entries[tokens[i].lower] else { return nil }
        for entry in candidates {
            guard let afterHead = Self.matchWords(entry.head, tokens, from: i) else { continue }
            if entry.tail.isEmpty { return (entry.value, afterHead, entry) }
            var k = afterHead + 1
            while k <= afterHead + 4 && k < tokens.count {
                let kind = tokens[k - 1].kind
                if kind == .stop || kind == .clauseMark || kind == .comma { break }
                if let end = Self.matchWords(entry.tail, tokens, from: k) { return (entry.value, end, entry) }
                k += 1
            }
        }
        return nil
    }

    /// Matches consecutive word tokens; returns the index after the last one.
    static func matchWords(_ words: [String], _ tokens: [Token], from start: Int) -> Int? {
        var k = start
        for word in words {
            guard k < tokens.count, tokens[k].kind == .word || tokens[k].kind == .possessive,
                tokens[k].lower == word else { return nil }
            k += 1
        }
        return k
    }
}
