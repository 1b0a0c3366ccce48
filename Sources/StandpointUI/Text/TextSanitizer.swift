/// The one gate every byte of document text passes before it reaches a canvas.
///
/// Control characters are drawn as visible escapes instead of being sent raw,
/// so a document containing `ESC]2;…BEL` or `ESC[2J` can neither retitle nor
/// clear the terminal: C0 controls and DEL in caret notation (`^[`, `^G`,
/// `^?`), C1 controls as their code in angle brackets (`<9B>`, like `less`),
/// and bidirectional overrides as `<U+202E>` so they cannot reorder the line.
/// Other invisible format characters (zero-width space, BOM) are dropped, and a
/// combining mark with nothing to combine with gets a dotted circle (◌).
public enum TextSanitizer {
    /// `text` as one displayable line: newlines and tabs become spaces.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func line(_ text: String) -> String {
        if let bytes = standaloneLine(text) { return String(decoding: bytes, as: UTF8.self) }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\t" {
                result.append(" ")
            } else {
                result += displayForm(of: character)
            }
        }
        return result
    }

    /// `text` as one line with runs of whitespace collapsed to one space and
    /// the ends trimmed, for list rows and snippets.
    public static func snippet(_ text: String) -> String {
        if let bytes = standaloneLine(text) {
            // every space is a lone byte here, as every character is one scalar
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 {
                    pendingSpace = !result.isEmpty
                } else {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
        var result = ""
        var pendingSpace = false
        for character in line(text) {
            if character == " " {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// `line(text)` as UTF-8 when every scalar of `text` is a character of
    /// its own (tab, newline and `DisplayWidth.isSimple`: printable ASCII,
    /// Latin letters, common punctuation, box drawing), so it can be
    /// sanitised scalar by scalar; nil otherwise.
    ///
    /// Walking `Character`s took a fifth of a frame's time with a thousand
    /// documents (standpoint-bench frame walk); nearly all text takes this path.
    static func standaloneLine(_ text: String) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F {
                result.append(UInt8(value))
            } else if value == 0x0A || value == 0x09 {
                result.append(0x20)
            } else if DisplayWidth.isSimple(scalar) {
                // drawn as itself (`form(of:)` would return it unchanged)
                UTF8.encode(scalar) { result.append($0) }
            } else {
                return nil
            }
        }
        return result
    }

    /// What to draw for one character: itself when it is safe to send to a
    /// terminal, otherwise its visible escape (possibly empty).
    public static func displayForm(of character: Character) -> String {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return "" }
        if scalars.count == 1 {
            return form(of: first)
        }
        if isControl(first.value) {
            // A control followed by combining marks: escape the control, keep the marks visible.
            var result = form(of: first)
            for scalar in scalars.dropFirst() { result += form(of: scalar) }
            return result
        }
        if scalars.allSatisfy({ isFormat($0) }) {
            return scalars.map { form(of: $0) }.joined()
        }
        if DisplayWidth.of(first) == 0, !isFormat(first) {
            return "◌" + String(character)
        }
        return String(character)
    }

    private static func form(of scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        switch value {
        case 0x00..<0x20:
            return "^" + String(Character(Unicode.Scalar(UInt8(value + 0x40))))
        case 0x7F:
            return "^?"
        case 0x80..<0xA0:
            return "<" + hex(value, digits: 2) + ">"
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return "<U+" + hex(value, digits: 4) + ">"
        default:
            if isFormat(scalar) && value != 0x00AD { return "" }
            if DisplayWidth.of(scalar) == 0 { return "◌" + String(Character(scalar)) }
            return String(Character(scalar))
        }
    }

    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F..<0xA0).contains(value)
    }

    private static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
