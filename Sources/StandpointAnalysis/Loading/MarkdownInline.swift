import Foundation

/// Removes Markdown's inline syntax from one paragraph or heading.
///
/// One forward pass: link and image brackets are remembered on a stack and
/// deleted when their `](…)` is found, every search ahead stops at the next
/// bracket or after a bounded distance, so the pass is linear however the
/// brackets nest.
enum MarkdownInline {
    /// How far ahead a code span's closing backticks are looked for.
    static let codeSpanReach = 16_384
    /// How far ahead a link's destination, a reference label or an autolink is looked for.
    static let linkReach = 2_048

    /// The text of `source` without emphasis marks, backticks, escapes, link
    /// destinations and inline HTML tags; entities are decoded.
    static func strip(_ source: Substring) -> String {
        let s = Array(source.unicodeScalars)
        let n = s.count
        var out: [Unicode.Scalar?] = []
        out.reserveCapacity(n)
        var openers: [(bracket: Int, bang: Int?)] = []
        var failedCodeRuns = Set<Int>()
        var i = 0
        while i < n {
            let c = s[i]
            switch c {
            case "\\":
                if i + 1 < n, s[i + 1].isASCII, s[i + 1].properties.isPatternSyntax {
                    out.append(s[i + 1])
                    i += 2
                } else {
                    out.append(c)
                    i += 1
                }
            case "`":
                let length = run(of: c, in: s, at: i)
                if !failedCodeRuns.contains(length), let close = closingRun(of: length, in: s, from: i + length) {
                    var content = s[(i + length)..<close]
                    if content.count >= 2 && content.first == " " && content.last == " " {
                        content = content.dropFirst().dropLast()
                    }
                    out.append(contentsOf: content.map { Optional($0) })
                    i = close + length
                } else {
                    failedCodeRuns.insert(length)
                    out.append(contentsOf: repeatElement(Optional(c), count: length))
                    i += length
                }
            case "!" where i + 1 < n && s[i + 1] == "[":
                out.append(c)
                openers.append((out.count, out.count - 1))
                out.append("[")
                i += 2
            case "[":
                openers.append((out.count, nil))
                out.append(c)
                i += 1
            case "]":
                guard let opener = openers.popLast(), let after = linkTail(in: s, after: i) else {
                    out.append(c)
                    i += 1
                    break
                }
                out[opener.bracket] = nil
                if let bang = opener.bang { out[bang] = nil }
                i = after
            case "<":
                if let (kept, after) = angleBracket(in: s, at: i) {
                    out.append(contentsOf: kept.map { Optional($0) })
                    i = after
                } else {
                    out.append(c)
                    i += 1
                }
            case "&":
                if let (text, after) = entity(in: s, at: i) {
                    out.append(contentsOf: text.unicodeScalars.map { Optional($0) })
                    i = after
                } else {
                    out.append(c)
                    i += 1
                }
            case "*", "_", "~":
                let length = run(of: c, in: s, at: i)
                let before = i > 0 ? s[i - 1] : " "
                let next = i + length < n ? s[i + length] : " "
                let opens = !next.properties.isWhitespace
                let closes = !before.properties.isWhitespace
                let intraword = isWordCharacter(before) && isWordCharacter(next)
                let isMark: Bool
                switch c {
                case "*": isMark = opens || closes
                case "_": isMark = (opens || closes) && !intraword
                default: isMark = length >= 2 && (opens || closes)
                }
                if !isMark { out.append(contentsOf: repeatElement(Optional(c), count: length)) }
                i += length
            default:
                out.append(c)
                i += 1
            }
        }
        var result = String.UnicodeScalarView()
        for case let scalar? in out { result.append(scalar) }
        return String(result).trimmingCharacters(in: .whitespaces)
    }

    private static func run(of c: Unicode.Scalar, in s: [Unicode.Scalar], at start: Int) -> Int {
        var end = start
        while end < s.count && s[end] == c { end += 1 }
        return end - start
    }

    /// The start of the next run of exactly `length` backticks, within reach.
    private static func closingRun(of length: Int, in s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        let limit = min(s.count, start + codeSpanReach)
        while i < limit {
            if s[i] == "`" {
                let found = run(of: "`", in: s, at: i)
                if found == length { return i }
                i += found
            } else {
                i += 1
            }
        }
        return nil
    }

    /// After a `]`: the index past `(destination "title")` or `[label]`, or
    /// nil when no link follows. Stops at the next bracket, so each character
    /// is looked at by one search at most.
    private static func linkTail(in s: [Unicode.Scalar], after close: Int) -> Int? {
        let n = s.count
        guard close + 1 < n else { return nil }
        let limit = min(n, close + linkReach)
        var j = close + 2
        if s[close + 1] == "(" {
            var inTitle = false
            while j < limit {
                let c = s[j]
                if inTitle {
                    if c == "\"" { inTitle = false }
                } else if c == ")" {
                    return j + 1
                } else if c == "\"" {
                    inTitle = true
                } else if c == "(" || c == "[" || c == "]" || c == "\n" {
                    return nil
                }
                j += 1
            }
            return nil
        }
        if s[close + 1] == "[" {
            while j < limit {
                if s[j] == "]" { return j + 1 }
                if s[j] == "[" || s[j] == "\n" { return nil }
                j += 1
            }
        }
        return nil
    }

    /// An autolink (`<https://…>` keeps the address) or an inline HTML tag
    /// (`<br>`, `</span>`: dropped); nil when `<` is text.
    private static func angleBracket(in s: [Unicode.Scalar], at start: Int) -> (kept: [Unicode.Scalar], end: Int)? {
        let limit = min(s.count, start + linkReach)
        var j = start + 1
        while j < limit && s[j] != ">" {
            if s[j] == "<" || s[j] == "\n" { return nil }
            j += 1
        }
        guard j < limit, j > start + 1 else { return nil }
        let content = Array(s[(start + 1)..<j])
        let text = String(String.UnicodeScalarView(content))
        if !content.contains(where: { $0.properties.isWhitespace }), text.contains("://") || text.hasPrefix("mailto:") {
            return (content, j + 1)
        }
        let name = content.first == "/" ? content.dropFirst() : content[...]
        guard let first = name.first, first.isASCII, first.properties.isAlphabetic else { return nil }
        return ([], j + 1)
    }

    private static func entity(in s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var bytes: [UInt8] = []
        var j = start
        while j < s.count && bytes.count < 40 && s[j].isASCII {
            bytes.append(UInt8(s[j].value))
            j += 1
        }
        return bytes.withUnsafeBufferPointer { buffer in
            HTMLEntities.decode(buffer, at: 0).map { ($0.text, start + $0.end) }
        }
    }

    private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
