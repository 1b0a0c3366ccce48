/// The visible text of an HTML page, as a reader would see it.
///
/// A single forward scan over the bytes, with no recursion and no tree: only
/// the names of open elements whose content is hidden are kept on a stack,
/// so 100,000 nested elements cost memory for their names and nothing else.
/// Malformed markup is read the way browsers read it: an unclosed tag ends
/// at the end of the file, a stray `<` or `&` is text, an end tag with no
/// start tag is ignored.
///
/// - Script, style, noscript, template, svg, nav, aside, form, iframe and the
///   page's own header and footer (those outside `<article>` and `<main>`)
///   are dropped with all they hold.
/// - Block elements end a paragraph (a blank line in the text); `<br>` ends a line.
/// - White space is collapsed, except inside `<pre>`; entities are decoded.
/// - The title is the first `<h1>`, else `<title>`.
enum HTMLText {
    /// Elements whose whole content is hidden from the reader.
    static let hidden: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "nav", "aside", "form", "iframe",
        "object", "select", "button", "dialog",
    ]
    /// Elements hidden only when they belong to the page, not to an article.
    static let pageChrome: Set<String> = ["header", "footer"]
    /// Elements whose content is raw text up to their end tag.
    static let rawText: Set<String> = ["script", "style", "title", "textarea", "xmp", "noembed", "noframes"]
    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
        "blockquote", "pre", "section", "article", "main", "figure", "figcaption", "caption", "hr", "address",
        "details", "summary", "fieldset", "legend", "center", "body", "html", "header", "footer", "tbody",
        "thead", "tfoot",
    ]

    /// The title (when the page names one) and the visible text.
    ///
    /// - Complexity: O(n) in the length of the page.
    static func extract(_ html: String) -> (title: String?, text: String) {
        var html = html
        return html.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            scanner.run()
            let title = scanner.h1Title ?? scanner.pageTitle
            return (title, scanner.output.text)
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var output = TextBuilder()
        var hiddenStack: [String] = []
        var hiddenCounts: [String: Int] = [:]
        var articleDepth = 0
        var preDepth = 0
        var h1Text: [UInt8]?
        var h1Title: String?
        var pageTitle: String?

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func run() {
            var i = 0
            let count = bytes.count
            while i < count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "<") {
                    i = markup(at: i)
                } else if byte == UInt8(ascii: "&") {
                    if let (text, end) = HTMLEntities.decode(bytes, at: i) {
                        for scalar in text.unicodeScalars { appendText(scalar) }
                        i = end
                    } else {
                        appendByte(byte)
                        i += 1
                    }
                } else {
                    appendByte(byte)
                    i += 1
                }
            }
        }

        /// Handles the markup starting at `<`, returning the index after it.
        mutating func markup(at start: Int) -> Int {
            let count = bytes.count
            let next = start + 1 < count ? bytes[start + 1] : 0
            if next == UInt8(ascii: "!") {
                if matches("<!--", at: start) {
                    return (find("-->", from: start + 4) ?? count - 3) + 3
                }
                return (findByte(UInt8(ascii: ">"), from: start) ?? count - 1) + 1
            }
            if next == UInt8(ascii: "?") {
                return (findByte(UInt8(ascii: ">"), from: start) ?? count - 1) + 1
            }
            let isEnd = next == UInt8(ascii: "/")
            let nameStart = isEnd ? start + 2 : start + 1
            guard nameStart < count, isLetter(bytes[nameStart]) else {
                if isEnd { return (findByte(UInt8(ascii: ">"), from: start) ?? count - 1) + 1 }
                appendByte(UInt8(ascii: "<"))
                return start + 1
            }
            var nameEnd = nameStart
            while nameEnd < count && !isSpace(bytes[nameEnd]) && bytes[nameEnd] != UInt8(ascii: ">") && bytes[nameEnd] != UInt8(ascii: "/") {
                nameEnd += 1
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), as: UTF8.self).lowercased()
            let tagEnd = endOfTag(from: nameEnd)
            if isEnd {
                endTag(name)
            } else {
                let selfClosing = tagEnd - 2 >= nameEnd && bytes[tagEnd - 2] == UInt8(ascii: "/")
                if rawText.contains(name) && !selfClosing {
                    return rawTextElement(name, from: tagEnd)
                }
                startTag(name, selfClosing: selfClosing)
            }
            return tagEnd
        }

        /// The index after the `>` that closes a tag, skipping quoted attribute values.
        func endOfTag(from start: Int) -> Int {
            var i = start
            let count = bytes.count
            var quote: UInt8 = 0
            while i < count {
                let byte = bytes[i]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    if i > start && bytes[i - 1] == UInt8(ascii: "=") || i > start + 1 && bytes[i - 1] == UInt8(ascii: " ") && bytes[i - 2] == UInt8(ascii: "=") {
                        quote = byte
                    }
                } else if byte == UInt8(ascii: ">") {
                    return i + 1
                }
                i += 1
            }
            return count
        }

        mutating func startTag(_ name: String, selfClosing: Bool) {
            if hidden.contains(name) || (pageChrome.contains(name) && articleDepth == 0) {
                if !selfClosing {
                    hiddenStack.append(name)
                    hiddenCounts[name, default: 0] += 1
                }
                return
            }
            if name == "article" || name == "main" { articleDepth += 1 }
            if name == "pre" { preDepth += 1 }
            if name == "h1" && h1Title == nil && hiddenStack.isEmpty { h1Text = [] }
            if name == "br" {
                output.lineBreak()
            } else if blocks.contains(name) {
                output.paragraphBreak()
            } else if name == "td" || name == "th" || name == "img" {
                output.space()
            }
        }

        mutating func endTag(_ name: String) {
            if hiddenCounts[name, default: 0] > 0, let index = hiddenStack.lastIndex(of: name) {
                for removed in hiddenStack[index...] { hiddenCounts[removed, default: 1] -= 1 }
                hiddenStack.removeSubrange(index...)
                return
            }
            guard hiddenStack.isEmpty else { return }
            if (name == "article" || name == "main") && articleDepth > 0 { articleDepth -= 1 }
            if name == "pre" && preDepth > 0 { preDepth -= 1 }
            if name == "h1", let text = h1Text {
                let title = String(decoding: text, as: UTF8.self)
                if title.contains(where: { !$0.isWhitespace }) { h1Title = CorpusLoader.cleanTitle(title) }
                h1Text = nil
            }
            if name == "br" {
                output.lineBreak()
            } else if blocks.contains(name) {
                output.paragraphBreak()
            }
        }

        /// Skips (or, for `<title>`, keeps as the page title) the raw text up
        /// to the element's end tag; returns the index after it.
        mutating func rawTextElement(_ name: String, from start: Int) -> Int {
            let closing = Array("</\(name)".utf8)
            var end = bytes.count
            var i = start
            while let found = findByte(UInt8(ascii: "<"), from: i) {
                if matchesIgnoringCase(closing, at: found) {
                    end = found
                    break
                }
                i = found + 1
            }
            if name == "title" && pageTitle == nil {
                var text = TextBuilder()
                var j = start
                while j < end {
                    if bytes[j] == UInt8(ascii: "&"), let (entity, after) = HTMLEntities.decode(bytes, at: j), after <= end {
                        for scalar in entity.unicodeScalars { text.append(scalar, preserveSpace: false) }
                        j = after
                    } else {
                        text.appendByte(bytes[j], preserveSpace: false)
                        j += 1
                    }
                }
                pageTitle = CorpusLoader.cleanTitle(text.text)
            }
            guard end < bytes.count else { return end }
            return endOfTag(from: end + closing.count)
        }

        mutating func appendByte(_ byte: UInt8) {
            guard hiddenStack.isEmpty else { return }
            output.appendByte(byte, preserveSpace: preDepth > 0)
            if h1Text != nil { h1Text?.append(isSpace(byte) ? 0x20 : byte) }
        }

        mutating func appendText(_ scalar: Unicode.Scalar) {
            guard hiddenStack.isEmpty else { return }
            output.append(scalar, preserveSpace: preDepth > 0)
            if h1Text != nil { UTF8.encode(scalar) { h1Text?.append($0) } }
        }

        func matches(_ literal: String, at index: Int) -> Bool {
            let pattern = Array(literal.utf8)
            guard index + pattern.count <= bytes.count else { return false }
            for k in 0..<pattern.count where bytes[index + k] != pattern[k] { return false }
            return true
        }

        func matchesIgnoringCase(_ pattern: [UInt8], at index: Int) -> Bool {
            guard index + pattern.count <= bytes.count else { return false }
            for k in 0..<pattern.count where lowercase(bytes[index + k]) != pattern[k] { return false }
            let after = index + pattern.count
            return after == bytes.count || isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: "/")
        }

        func find(_ literal: String, from start: Int) -> Int? {
            var i = start
            while let found = findByte(literal.utf8.first!, from: i) {
                if matches(literal, at: found) { return found }
                i = found + 1
            }
            return nil
        }

        func findByte(_ target: UInt8, from start: Int) -> Int? {
            var i = start
            while i < bytes.count {
                if bytes[i] == target { return i }
                i += 1
            }
            return nil
        }
    }
}

/// Builds extracted text with HTML's white-space rules: runs of white space
/// become one space, breaks are held back until the next visible character
/// so the text never starts or ends with blank lines or trailing spaces.
struct TextBuilder {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreaks = 0

    /// The text so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Ends the current line.
    mutating func lineBreak() { pendingBreaks = max(pendingBreaks, 1) }

    /// Ends the current paragraph: a blank line before the next text.
    mutating func paragraphBreak() { pendingBreaks = 2 }

    /// A space before the next text (collapsed with others).
    mutating func space() { pendingSpace = true }

    mutating func appendByte(_ byte: UInt8, preserveSpace: Bool) {
        if preserveSpace {
            if byte == 0x0A {
                flush()
                bytes.append(0x0A)
                return
            }
            if byte == 0x20 || byte == 0x09 {
                flush()
                bytes.append(byte)
                return
            }
        } else if isSpace(byte) {
            pendingSpace = true
            return
        }
        flush()
        bytes.append(byte)
    }

    mutating func append(_ scalar: Unicode.Scalar, preserveSpace: Bool) {
        if scalar.value < 0x80 {
            appendByte(UInt8(scalar.value), preserveSpace: preserveSpace)
            return
        }
        if scalar == "\u{A0}" {
            appendByte(0x20, preserveSpace: preserveSpace)
            return
        }
        flush()
        UTF8.encode(scalar) { bytes.append($0) }
    }

    private mutating func flush() {
        if !bytes.isEmpty {
            if pendingBreaks > 0 {
                bytes.append(contentsOf: repeatElement(0x0A, count: pendingBreaks))
            } else if pendingSpace {
                bytes.append(0x20)
            }
        }
        pendingBreaks = 0
        pendingSpace = false
    }
}

private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
}

private func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
}

private func lowercase(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
}
