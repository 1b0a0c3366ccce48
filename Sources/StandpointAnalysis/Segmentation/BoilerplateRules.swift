/// The site-furniture rules of boilerplate.txt, applied to one sentence.
///
/// Rules and sentences are compared as lower-cased UTF-8 bytes (curly quotes
/// and dashes made ASCII, runs of white space made one space), so a check costs
/// a few byte comparisons rather than Unicode string searches.
struct BoilerplateRules: Sendable {
    let lines: Set<[UInt8]>
    let prefixes: [[UInt8]]
    let fragments: [[UInt8]]
    let suffixes: [[UInt8]]
    let labels: Set<[UInt8]>

    init(_ sections: [String: [String]]) {
        func bytes(_ name: String) -> [[UInt8]] { (sections[name] ?? []).map { Self.normalized(Array($0.utf8)) } }
        lines = Set(bytes("line"))
        prefixes = bytes("prefix")
        fragments = bytes("contains")
        suffixes = bytes("suffix")
        labels = Set(bytes("label"))
    }

    /// Whether `sentence` is site furniture. `isWholeLine` says that the
    /// sentence is alone on its line (captions, widgets and bylines are).
    ///
    /// - Complexity: O(n·r) for a sentence of n bytes and r rules; sentences
    ///   longer than 300 bytes are only checked by prefix and label.
    func isBoilerplate(_ sentence: UnsafeBufferPointer<UInt8>, isWholeLine: Bool) -> Bool {
        let text = Self.normalized(Array(sentence.prefix(400)))
        if text.isEmpty { return true }
        if !text.contains(where: { ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 }) { return true }
        var bareEnd = text.count
        while bareEnd > 0, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), 0x20].contains(text[bareEnd - 1]) {
            bareEnd -= 1
        }
        let bare = Array(text[..<bareEnd])
        if lines.contains(bare) || lines.contains(text) { return true }
        if prefixes.contains(where: { text.starts(with: $0) }) { return true }
        if let colon = text.prefix(21).firstIndex(of: UInt8(ascii: ":")) {
            var label = Array(text[..<colon])
            while label.last == 0x20 { label.removeLast() }
            if labels.contains(label) { return true }
        }
        guard sentence.count <= 300 else { return false }
        if fragments.contains(where: { Self.contains(text, $0) }) { return true }
        if suffixes.contains(where: { bare.count >= $0.count && bare.suffix($0.count).elementsEqual($0) }) { return true }
        guard isWholeLine || bare.count < 40 else { return false }
        let original = String(decoding: sentence, as: UTF8.self)
        let words = String(decoding: bare, as: UTF8.self).split(separator: " ")
        if Self.isWidgetCount(words) { return true }
        if isWholeLine && Self.isCreditLine(original, words: words) { return true }
        if isWholeLine && Self.isLoneFragment(original, words: words) { return true }
        return false
    }

    /// Lower case ASCII, curly quotes and dashes made ASCII, runs of white
    /// space (including no-break spaces) made one space, trimmed.
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var lastWasSpace = true
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var out: UInt8? = nil
            var length = 1
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                out = 0x20
            } else if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 {
                out = 0x20
                length = 2
            } else if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 {
                length = 3
                switch bytes[i + 2] {
                case 0x98, 0x99: out = UInt8(ascii: "'")
                case 0x9C, 0x9D: out = UInt8(ascii: "\"")
                case 0x93, 0x94: out = UInt8(ascii: "-")
                default: out = nil
                }
            } else if b >= 0x41 && b <= 0x5A {
                out = b + 0x20
            } else {
                out = b
            }
            if let out {
                if out == 0x20 {
                    if !lastWasSpace { result.append(0x20) }
                    lastWasSpace = true
                } else {
                    result.append(out)
                    lastWasSpace = false
                }
            } else {
                result.append(contentsOf: bytes[i..<(i + length)])
                lastWasSpace = false
            }
            i += length
        }
        while result.last == 0x20 { result.removeLast() }
        return result
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// "3.5 2 votes", "1 Comment", "12 replies": counters of page widgets.
    static func isWidgetCount(_ words: [Substring]) -> Bool {
        let counters: Set<Substring> = [
            "vote", "votes", "comment", "comments", "reply", "replies", "like", "likes", "share", "shares",
            "view", "views", "rating", "ratings",
        ]
        guard words.count <= 5, words.contains(where: { counters.contains($0) }) else { return false }
        return words.allSatisfy { word in counters.contains(word) || word.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } }
    }

    /// "Sputnik / ABC Flash Point News 2022.", "By John Smith": a byline or
    /// credit line: short, every word capitalised or a number, with a slash,
    /// a year or a leading "By".
    static func isCreditLine(_ sentence: String, words: [Substring]) -> Bool {
        let original = sentence.split(separator: " ")
        guard original.count <= 10, original.count >= 2 else { return false }
        let capitalised = original.allSatisfy { word in
            guard let first = word.first else { return true }
            return first.isUppercase || first.isNumber || word == "/" || word == "|" || word == "&" || word == "-"
        }
        let byline = original.first == "By" && original.count <= 5
        guard capitalised || byline else { return false }
        let hasYear = words.contains { word in
            let digits = word.filter(\.isNumber)
            return digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20"))
        }
        return byline || sentence.utf8.split(separator: 0x20).contains { $0.count == 1 && ($0.first == UInt8(ascii: "/") || $0.first == UInt8(ascii: "|")) } || hasYear
    }

    /// A line of at most three words without a full stop, verb or quote:
    /// "Person of Interest", "Inline Feedbacks", a leftover widget label.
    static func isLoneFragment(_ sentence: String, words: [Substring]) -> Bool {
        guard words.count <= 3, let last = sentence.last else { return false }
        if ".!?\"”’:".contains(last) { return false }
        if sentence.hasPrefix("#") { return false }
        return true
    }
}
