/// How many terminal columns a character takes, with the semantics of POSIX
/// `wcwidth` (Markus Kuhn's reference): combining marks and format characters
/// take none, East Asian wide and fullwidth characters and emoji take two,
/// everything else one.
///
/// The table lives here, not in the C library, so that the in-memory test
/// canvas and the curses canvas measure identically whatever the locale.
public enum DisplayWidth {
    /// Columns taken by one Unicode scalar on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 {
            // ASCII and Latin-1 are never wide; controls are drawn by the sanitiser.
            return (value < 0x20 || (value >= 0x7F && value < 0xA0)) ? 0 : 1
        }
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns taken by one grapheme cluster: the widest of its scalars, so that
    /// a base letter with combining marks takes one column, and emoji sequences
    /// (flags, ZWJ families, keycaps with VS16) take two.
    public static func of(_ character: Character) -> Int {
        var width = 0
        var sawEmojiSelector = false
        for scalar in character.unicodeScalars {
            width = max(width, of(scalar))
            if scalar.value == 0xFE0F { sawEmojiSelector = true }
        }
        if sawEmojiSelector && character.unicodeScalars.first?.properties.isEmoji == true { return 2 }
        return width
    }

    /// Columns taken by `text`, a single line of already sanitised text.
    ///
    /// - Complexity: O(n) in the number of characters.
    public static func of(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        if let count = simpleScalarCount(text) { return count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Whether `scalar` is printable, one column wide and a character of
    /// its own whatever follows it, as long as nothing that could combine
    /// with it follows: printable ASCII, Latin letters and signs, general
    /// punctuation (dashes, curly quotes, "…"), mathematical operators ("−",
    /// "≠") and box drawing and block elements ("─", "▌"). Every scalar of
    /// these ranges is neither a control, a format character, a mark, wide,
    /// nor an emoji shown as one.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x250 { return (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value != 0xAD) }
        return (0x2010...0x2027).contains(value) || (0x2030...0x203E).contains(value)
            || (0x2200...0x22FF).contains(value) || (0x2500...0x259F).contains(value)
    }

    /// The number of scalars of `text` when every one is simple (`isSimple`),
    /// which is then its width in columns, each scalar a character of its
    /// own; nil otherwise. Box borders, curly quotes and dashes in document
    /// text measured by walking characters (with a Unicode property lookup
    /// for each) were a fifth of a frame (perf, standpoint-bench).
    static func simpleScalarCount(_ text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isSimple(scalar) else { return nil }
            count += 1
        }
        return count
    }

    /// Whether `text` is printable ASCII only, where each byte is a character
    /// one column wide: list rows are measured and cut by bytes then, without
    /// walking characters (a large share of a frame's time, standpoint-bench).
    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// The longest prefix of `text` that fits in `columns`, with "…" appended
    /// when something had to be cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        if isPrintableASCII(text) { return String(decoding: text.utf8.prefix(columns - 1), as: UTF8.self) + "…" }
        if simpleScalarCount(text) != nil {
            var result = String.UnicodeScalarView()
            result.append(contentsOf: text.unicodeScalars.prefix(columns - 1))
            return String(result) + "…"
        }
        var result = ""
        var used = 0
        for character in text {
            let width = of(character)
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }

    /// `text` cut or padded with spaces to exactly `columns`.
    public static func pad(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x00AD { return false }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, after Markus Kuhn's wcwidth.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x18AFF, 0x1B000...0x1B2FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < wideRanges[mid].lowerBound {
                high = mid - 1
            } else if value > wideRanges[mid].upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
