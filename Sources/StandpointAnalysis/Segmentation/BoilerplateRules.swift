/// The site-furniture rules of boilerplate.txt, applied to one sentence.
struct BoilerplateRules: Sendable {
    let lines: Set<String>
    let prefixes: [String]
    let fragments: [String]
    let suffixes: [String]
    let labels: Set<String>

    init(_ sections: [String: [String]]) {
        lines = Set((sections["line"] ?? []).map { $0.lowercased() })
        prefixes = (sections["prefix"] ?? []).map { $0.lowercased() }
        fragments = (sections["contains"] ?? []).map { $0.lowercased() }
        suffixes = (sections["suffix"] ?? []).map { $0.lowercased() }
        labels = Set((sections["label"] ?? []).map { $0.lowercased() })
    }

    /// Whether `sentence` is site furniture. `isWholeLine` says that the
    /// sentence is alone on its line (captions, widgets and bylines are).
    ///
    /// - Complexity: O(n·r) for a sentence of n bytes and r rules; sentences
    ///   longer than 300 bytes are only checked by prefix and label.
    func isBoilerplate(_ sentence: String, isWholeLine: Bool) -> Bool {
        let text = Self.normalized(sentence)
        if text.isEmpty { return true }
        if !text.contains(where: { $0.isLetter }) { return true }
        let bare = String(text.reversed().drop(while: { ".!?…:".contains($0) || $0 == " " }).reversed())
        if lines.contains(bare) || lines.contains(text) { return true }
        if prefixes.contains(where: { text.hasPrefix($0) }) { return true }
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 20 {
            let label = text[..<colon].trimmingCharacters(in: .whitespaces)
            if labels.contains(label) { return true }
        }
        guard text.utf8.count <= 300 else { return false }
        if fragments.contains(where: { text.contains($0) }) { return true }
        if suffixes.contains(where: { bare.hasSuffix($0) }) { return true }
        let words = bare.split(separator: " ")
        if Self.isWidgetCount(words) { return true }
        if isWholeLine && Self.isCreditLine(sentence, words: words) { return true }
        if isWholeLine && Self.isLoneFragment(sentence, words: words) { return true }
        return false
    }

    /// Lower case, curly quotes straightened, runs of white space made one space.
    static func normalized(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{A0}" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            switch scalar {
            case "\u{2018}", "\u{2019}": result.append("'")
            case "\u{201C}", "\u{201D}": result.append("\"")
            case "\u{2013}", "\u{2014}": result.append("-")
            default: result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        while result.hasSuffix(" ") { result.removeLast() }
        return result
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
        return byline || sentence.contains(" / ") || sentence.contains(" | ") || hasYear
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
