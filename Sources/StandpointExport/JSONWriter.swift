/// A small JSON writer that keeps keys in the order it is given, so that the
/// export follows the contract's field order (docs/json-format.md) and reads
/// the same way every run.
///
/// Objects and arrays of objects are indented two spaces per level; arrays of
/// scalars stay on one line. Only what the export needs: strings, integers,
/// numbers, null.
///
/// The export writes each value as it reads it, with no tree of values in
/// between: building and freeing a tree of each point and cross-reference
/// was most of the time of JSON writing (1,000 documents: 841 -> 538 M
/// instructions without it).
enum JSONWriter {
    private static func append(_ text: String, to output: inout [UInt8]) {
        output.append(contentsOf: text.utf8)
    }

    static func indentation(_ level: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Appends what `fill` writes into `count` bytes, in one append: a
    /// member's start written byte by byte and from a table of line starts
    /// checked the array's capacity and uniqueness for every byte (n1000
    /// callgrind: 113 M instructions for the 450,000 keys of the export).
    @inline(__always)
    private static func append(count: Int, to output: inout [UInt8], _ fill: (UnsafeMutablePointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            guard let base = buffer.baseAddress else { return }
            fill(base)
            output.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
    }

    /// Writes a new line and the indentation of nesting level `level` at
    /// `base`, returning how many bytes that was.
    @inline(__always)
    private static func writeLineStart(_ level: Int, at base: UnsafeMutablePointer<UInt8>) -> Int {
        base[0] = UInt8(ascii: "\n")
        (base + 1).initialize(repeating: UInt8(ascii: " "), count: 2 * level)
        return 1 + 2 * level
    }

    /// An object being written member by member, keys in the order given:
    /// `{`, each member on a line of its own at nesting level `indent` + 1,
    /// then `}` on a line at level `indent`. Every object of the export has
    /// members (an empty one would be `{}`).
    struct Object {
        let indent: Int
        private var hasMembers = false

        /// Opens an object at nesting level `indent`.
        init(indent: Int, into output: inout [UInt8]) {
            self.indent = indent
            output.append(UInt8(ascii: "{"))
        }

        /// Starts the member `key`, a name of the contract that needs no
        /// escape (copied as it is: half the strings written were keys); its
        /// value is written next.
        mutating func key(_ key: StaticString, into output: inout [UInt8]) {
            let comma = hasMembers ? 1 : 0
            hasMembers = true
            let level = indent + 1
            key.withUTF8Buffer { name in
                JSONWriter.append(count: comma + 1 + 2 * level + name.count + 4, to: &output) { base in
                    if comma == 1 { base[0] = UInt8(ascii: ",") }
                    var at = comma + JSONWriter.writeLineStart(level, at: base + comma)
                    base[at] = UInt8(ascii: "\"")
                    if let start = name.baseAddress { (base + at + 1).initialize(from: start, count: name.count) }
                    at += 1 + name.count
                    base[at] = UInt8(ascii: "\"")
                    base[at + 1] = UInt8(ascii: ":")
                    base[at + 2] = UInt8(ascii: " ")
                }
            }
        }

        /// Closes the object.
        func end(into output: inout [UInt8]) {
            JSONWriter.append(count: 2 + 2 * indent, to: &output) { base in
                base[JSONWriter.writeLineStart(indent, at: base)] = UInt8(ascii: "}")
            }
        }
    }

    /// An integer, as `String(number)` spells it.
    ///
    /// Written digit by digit into the output rather than through a
    /// `String` made and freed for each number (the points' start and end,
    /// the documents' sentence counts, the whole part of every score).
    static func writeInt(_ number: Int, into output: inout [UInt8]) {
        if number < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        if magnitude < 10 {
            output.append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var at = digits.count
            while magnitude > 0 {
                at -= 1
                digits[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[at...]))
        }
    }

    /// A string, or null for nil.
    static func writeOptional(_ text: String?, into output: inout [UInt8]) {
        if let text { writeString(text, into: &output) } else { append("null", to: &output) }
    }

    /// A number rounded to two decimals, as the contract prints scores:
    /// without a fraction when it is whole, 0 when it is not finite.
    ///
    /// Numbers from -10,000,000 to 10,000,000 (scores and confidences are
    /// from 0 to 1) are written from their hundredths' digits: `String(number)` spelt
    /// each of the 54,000 numbers of the n1000 export for ~800 instructions,
    /// and the shortest decimal that reads back as the nearest double to
    /// k / 100 is k / 100 itself (a test checks the range against `String`).
    static func writeRounded(_ value: Double, into output: inout [UInt8]) {
        let number = value.isFinite ? (value * 100).rounded() / 100 : 0
        let hundredths = (number * 100).rounded()
        if abs(hundredths) <= 1e9, hundredths / 100 == number {
            writeHundredths(Int(hundredths), into: &output)
            return
        }
        if number == number.rounded() && abs(number) < 1e15 {
            writeInt(Int(number), into: &output)
        } else {
            append(String(number), to: &output)
        }
    }

    /// `hundredths` / 100 as `writeRounded` writes it: the whole part, then a
    /// point and the hundredths without trailing zeros when there are any.
    static func writeHundredths(_ hundredths: Int, into output: inout [UInt8]) {
        let (whole, fraction) = (abs(hundredths) / 100, abs(hundredths) % 100)
        if hundredths < 0 { output.append(UInt8(ascii: "-")) }
        writeInt(whole, into: &output)
        guard fraction != 0 else { return }
        output.append(UInt8(ascii: "."))
        output.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 != 0 { output.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }

    /// An array of strings, on one line.
    static func writeStrings(_ items: [String], into output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { append(", ", to: &output) }
            writeString(item, into: &output)
        }
        output.append(UInt8(ascii: "]"))
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    ///
    /// Runs of bytes that need no escape are copied whole (JSON writing of
    /// 1,000 documents: 1,083 -> 841 M instructions), and are found eight
    /// bytes at a time (`mayNeedEscape`), each byte looked at on its own only
    /// in a word that may hold one to escape: the byte-by-byte scan was about
    /// a third of writing the strings (n1000 callgrind: the scan 36 M
    /// instructions of writeString's 97 M).
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { writeEscaped($0, into: &output) }
        output.append(UInt8(ascii: "\""))
    }

    /// A JSON string literal of a slice of a string, as `writeString` writes
    /// the `String` of it, without making that `String` (a point's text is a
    /// slice of its document's text).
    static func writeString(_ text: Substring, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { writeEscaped($0, into: &output) }
        output.append(UInt8(ascii: "\""))
    }

    /// The inside of a JSON string literal: `text` with quotes, backslashes
    /// and control characters escaped, without the quotes around it, so
    /// that a string spelt from parts can be written part by part.
    static func writeEscaped(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { writeEscaped($0, into: &output) }
    }

    /// The inside of a JSON string literal of the UTF-8 `bytes` (see
    /// `writeString` for how runs are found).
    ///
    /// Words are skipped in a loop of their own, from the buffer's base
    /// address, and a word that may hold a byte to escape is then looked at
    /// byte by byte: one loop for words and bytes alike, checking the base
    /// address at each step, took a third longer (n1000 callgrind: 50 -> 38 M
    /// instructions).
    static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var run = 0  // start of the bytes being copied as they are
        var i = 0
        while i < count {
            while i &+ 8 <= count, !mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i &+= 8
            }
            // A word that may hold a byte to escape, or the last few bytes:
            // each looked at on its own.
            let end = min(i &+ 8, count)
            while i < end {
                let byte = base[i]
                i &+= 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(start: base + run, count: i - 1 - run))
                run = i
                switch byte {
                case UInt8(ascii: "\""): append("\\\"", to: &output)
                case UInt8(ascii: "\\"): append("\\\\", to: &output)
                case 0x0A: append("\\n", to: &output)
                case 0x0D: append("\\r", to: &output)
                case 0x09: append("\\t", to: &output)
                case 0x08: append("\\b", to: &output)
                case 0x0C: append("\\f", to: &output)
                default:
                    let hex = String(byte, radix: 16)
                    append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, to: &output)
                }
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(start: base + run, count: count - run))
    }

    /// Whether one of the eight bytes of `word` may be a control character,
    /// a quote or a backslash: never false when one is (the tests for a
    /// byte below a value and for a zero byte, on all eight at once), at
    /// times true when none is, which the byte-by-byte check then settles.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }
}
