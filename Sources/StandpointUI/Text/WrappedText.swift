/// A document's text broken into lines of at most a given width, each piece
/// still knowing the byte offset it came from, so that stance points, search
/// hits and the reader's scroll position (all byte offsets) map onto lines.
public struct WrappedText: Sendable {
    /// One displayable grapheme of the text (already sanitised).
    public struct Unit: Sendable, Hashable {
        /// What to draw.
        public let text: String
        /// Its display width.
        public let width: Int
        /// The UTF-8 byte offset in the document of the character it came from.
        public let offset: Int
        /// Whether it is a space where a line may break.
        public let isSpace: Bool
    }

    /// The units of the text, newlines removed.
    public let units: [Unit]
    /// Each line as a range of `units`.
    public let lines: [Range<Int>]
    /// The byte offset each line starts at (non-decreasing).
    public let lineOffsets: [Int]
    /// The width the text was wrapped to.
    public let width: Int

    /// Wraps `text` greedily at spaces to `width` columns; a word longer than
    /// a line is cut. A newline ends a line; a blank line stays blank; a
    /// paragraph that had to wrap is followed by a blank line, so that text
    /// with one paragraph per line reads as paragraphs.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public init(_ text: String, width: Int) {
        let width = max(1, width)
        var units: [Unit] = []
        var breaks: [Int] = []  // unit indexes before which a newline stood
        var offset = 0
        for character in text {
            let byteCount = character.utf8.count
            defer { offset += byteCount }
            if character == "\n" || character == "\r\n" {
                breaks.append(units.count)
                continue
            }
            if character == "\t" || character == " " || character == "\u{A0}" {
                units.append(Unit(text: " ", width: 1, offset: offset, isSpace: true))
                continue
            }
            for piece in TextSanitizer.displayForm(of: character) {
                let pieceWidth = DisplayWidth.of(piece)
                guard pieceWidth > 0 else { continue }
                units.append(Unit(text: String(piece), width: pieceWidth, offset: offset, isSpace: false))
            }
        }
        var lines: [Range<Int>] = []
        var lineOffsets: [Int] = []
        var paragraphStart = 0
        var newlineOffsets = Self.newlineOffsets(in: text)
        newlineOffsets.append(offset)
        let ends = breaks + [units.count]
        for (paragraph, paragraphEnd) in ends.enumerated() {
            let firstOffset = paragraphStart < units.count && paragraphStart < paragraphEnd
                ? units[paragraphStart].offset : newlineOffsets[paragraph]
            let before = lines.count
            Self.wrapParagraph(
                units, from: paragraphStart, to: paragraphEnd, width: width, emptyOffset: firstOffset,
                lines: &lines, lineOffsets: &lineOffsets)
            // One paragraph per line (long lines that wrap): set paragraphs apart with a blank line.
            if lines.count - before > 1, paragraph + 1 < ends.count, ends[paragraph + 1] > paragraphEnd {
                lines.append(paragraphEnd..<paragraphEnd)
                lineOffsets.append(newlineOffsets[paragraph])
            }
            paragraphStart = paragraphEnd
        }
        self.units = units
        self.lines = lines
        self.lineOffsets = lineOffsets
        self.width = width
    }

    /// The index of the line that shows byte `offset` (the last line starting at or before it).
    ///
    /// - Complexity: O(log n) in the number of lines.
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineOffsets.count - 1
        var found = 0
        while low <= high {
            let mid = (low + high) / 2
            if lineOffsets[mid] <= offset {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }

    private static func newlineOffsets(in text: String) -> [Int] {
        var result: [Int] = []
        var offset = 0
        for character in text {
            if character == "\n" || character == "\r\n" { result.append(offset) }
            offset += character.utf8.count
        }
        return result
    }

    private static func wrapParagraph(
        _ units: [Unit], from start: Int, to end: Int, width: Int, emptyOffset: Int,
        lines: inout [Range<Int>], lineOffsets: inout [Int]
    ) {
        if start == end {
            lines.append(start..<start)
            lineOffsets.append(emptyOffset)
            return
        }
        var i = start
        while i < end {
            let lineStart = i
            var used = 0
            var lastSpace: Int?
            var lineEnd = end
            var next = end
            while i < end {
                let unit = units[i]
                if used + unit.width > width {
                    if unit.isSpace {
                        lineEnd = i
                        next = i
                    } else if let space = lastSpace {
                        lineEnd = space
                        next = space
                    } else {
                        lineEnd = max(i, lineStart + 1)
                        next = lineEnd
                    }
                    break
                }
                if unit.isSpace { lastSpace = i }
                used += unit.width
                i += 1
            }
            if i == end { lineEnd = end; next = end }
            lines.append(lineStart..<lineEnd)
            lineOffsets.append(units[lineStart].offset)
            i = next
            while i < end && units[i].isSpace { i += 1 }
        }
    }
}
