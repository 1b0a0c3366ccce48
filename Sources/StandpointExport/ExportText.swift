/// Text from documents made safe for reports that may be printed to a
/// terminal: control characters (C0 other than tab and newline, DEL, C1)
/// become visible `\u{…}` escapes, so no escape sequence reaches the screen raw.
///
/// The exports read text as UTF-8 bytes and copy runs of them, rather than
/// walking it Character by Character (writing the Markdown report of 1,000
/// documents took 16,200 M instructions that way, now 226 M; the CSV
/// 5,790 M, now 207 M). The meaning is still that of Characters (grapheme
/// clusters): whitespace is a Character whose first scalar is whitespace, and
/// a Markdown character is escaped only when it is a Character of its own.
/// Bytes give the same answer whenever every scalar outside ASCII is *plain*
/// (`isPlain`: one that never joins a neighbour into a cluster); a text with
/// any other scalar, such as a combining accent or a zero-width joiner, is
/// done Character by Character (`markdownByCharacters`).
enum ExportText {
    /// `text` with control characters made visible; tabs and newlines kept,
    /// and carriage returns too when `keepingReturns` (CSV keeps CRLF in quoted fields).
    static func visible(_ text: String, keepingReturns: Bool = false) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isControl(scalar.value, keepingReturns: keepingReturns) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether the scalar `value` is a control character that `visible` escapes.
    static func isControl(_ value: UInt32, keepingReturns: Bool) -> Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && !(keepingReturns && value == 0x0D)) || (value >= 0x7F && value < 0xA0)
    }

    /// Appends `visible`'s escape of the control character `value`, with its
    /// backslash escaped too when `markdown`.
    static func appendEscape(of value: UInt32, markdown: Bool, to output: inout [UInt8]) {
        func digit(_ nibble: UInt32) -> UInt8 { UInt8(nibble < 10 ? 0x30 + nibble : 0x37 + nibble) }
        output.append(contentsOf: (markdown ? "\\\\u{" : "\\u{").utf8)
        if value >= 0x10 { output.append(digit(value >> 4)) }
        output.append(digit(value & 0xF))
        output.append(UInt8(ascii: "}"))
    }

    /// One-line text with Markdown's inline markup characters escaped, so a
    /// quote shows as written: control characters made visible, runs of
    /// whitespace as one space, none at either end.
    static func markdown(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendMarkdown(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `markdown(text)` to `output`.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    static func appendMarkdown(_ text: String, to output: inout [UInt8]) {
        var text = text
        let start = output.count
        let done = text.withUTF8 { appendMarkdown(bytes: $0, to: &output) }
        if !done {
            output.removeSubrange(start...)
            output += markdownByCharacters(text).utf8
        }
    }

    /// Appends the Markdown of `bytes` (valid UTF-8) to `output`, copying
    /// runs of bytes that need no change; false, with part of it written, at
    /// a scalar that is not plain.
    private static func appendMarkdown(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        var run: Int?  // start of the bytes being copied as they are
        var space = false  // whitespace since the last word, to be written as one space
        var started = false  // a word has been written
        func endRun(at end: Int) {
            if let start = run { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
            run = nil
        }
        func startWord() {
            if space { output.append(UInt8(ascii: " ")) }
            space = false
            started = true
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                switch byte {
                case 0x20 where run != nil && i + 1 < bytes.count && bytes[i + 1] > 0x20 && bytes[i + 1] < 0x7F:
                    // One space between two words is the space written
                    // between them: kept in the run rather than ending it
                    // (Markdown writing of 1,000 documents: 221 -> 162 M instructions).
                    break
                case 0x09, 0x0A, 0x20:
                    endRun(at: i)
                    space = started
                case 0..<0x20, 0x7F:
                    endRun(at: i)
                    startWord()
                    appendEscape(of: UInt32(byte), markdown: true, to: &output)
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                    UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"):
                    endRun(at: i)
                    startWord()
                    output.append(UInt8(ascii: "\\"))
                    run = i
                default:
                    if run == nil {
                        startWord()
                        run = i
                    }
                }
                i += 1
            } else {
                let (scalar, length) = decodeScalar(bytes, at: i)
                if scalar < 0xA0 {
                    endRun(at: i)
                    startWord()
                    appendEscape(of: scalar, markdown: true, to: &output)
                } else if !isPlain(scalar) {
                    return false
                } else if isPlainWhitespace(scalar) {
                    endRun(at: i)
                    space = started
                } else if run == nil {
                    startWord()
                    run = i
                }
                i += length
            }
        }
        endRun(at: bytes.count)
        return true
    }

    /// `markdown(text)` worked out Character by Character, for text with a
    /// scalar that is not plain.
    static func markdownByCharacters(_ text: String) -> String {
        var result = ""
        let oneLine = visible(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        for character in oneLine {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The scalar whose UTF-8 encoding starts at `bytes[i]` (a lead byte of
    /// valid UTF-8, not ASCII) and the number of its bytes.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[i])
        func continuation(_ k: Int) -> UInt32 { UInt32(bytes[i + k] & 0x3F) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    /// Whether the scalar `value` (at or above U+00A0) is *plain*: it never
    /// joins a neighbour into a grapheme cluster (it is not a combining mark,
    /// joiner, spacing mark or prepended mark, nor Hangul jamo or a regional
    /// indicator), and as a Character it equals none of the ASCII characters
    /// the exports treat apart (as U+1FEF equals "`"). These are the blocks that text in the corpora uses: Latin,
    /// Greek, Cyrillic, general punctuation, symbols, CJK; a test checks every
    /// scalar in them against the standard library's grapheme breaking.
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0x2010...0x2027, 0x00A0...0x02FF, 0x0370...0x0482, 0x048A...0x052F, 0x1E00...0x1EFF,
            0x202F...0x205F, 0x2070...0x20CF, 0x2100...0x2BFF, 0x3000...0x3029, 0x3030...0x3096,
            0x309B...0x30FF, 0x4E00...0x9FFF, 0xFF01...0xFF9D:
            true
        default:
            false
        }
    }

    /// Whether the plain scalar `value` is whitespace (the plain scalars with
    /// Unicode's White_Space property).
    static func isPlainWhitespace(_ value: UInt32) -> Bool {
        value == 0xA0 || value == 0x202F || value == 0x205F || value == 0x3000
    }
}
