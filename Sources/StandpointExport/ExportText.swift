/// Text from documents made safe for reports that may be printed to a
/// terminal: control characters (C0 other than tab and newline, DEL, C1)
/// become visible `\u{…}` escapes, so no escape sequence reaches the screen raw.
enum ExportText {
    /// `text` with control characters made visible; tabs and newlines kept,
    /// and carriage returns too when `keepingReturns` (CSV keeps CRLF in quoted fields).
    static func visible(_ text: String, keepingReturns: Bool = false) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (value < 0x20 && value != 0x09 && value != 0x0A && !(keepingReturns && value == 0x0D)) || (value >= 0x7F && value < 0xA0) {
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` on one line: visible controls, runs of whitespace as one space.
    static func oneLine(_ text: String) -> String {
        visible(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// One-line text with Markdown's inline markup characters escaped, so a
    /// quote shows as written.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in oneLine(text) {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
