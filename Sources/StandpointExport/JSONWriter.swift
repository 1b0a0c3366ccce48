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

    /// A new line and the indentation of each nesting level up to 4, made
    /// once and appended whole where a member or an object's end starts
    /// (with the keys copied as they are rather than escaped: JSON writing of
    /// 1,000 documents 538 -> 367 M instructions).
    private static let lineStarts: [[UInt8]] = (0...4).map { level in
        [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 2 * level)
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
            if hasMembers { output.append(UInt8(ascii: ",")) }
            hasMembers = true
            output += lineStarts[indent + 1]
            output.append(UInt8(ascii: "\""))
            key.withUTF8Buffer { output.append(contentsOf: $0) }
            output.append(UInt8(ascii: "\""))
            output.append(UInt8(ascii: ":"))
            output.append(UInt8(ascii: " "))
        }

        /// Closes the object.
        func end(into output: inout [UInt8]) {
            output += lineStarts[indent]
            output.append(UInt8(ascii: "}"))
        }
    }

    /// An integer.
    static func writeInt(_ number: Int, into output: inout [UInt8]) {
        append(String(number), to: &output)
    }

    /// A string, or null for nil.
    static func writeOptional(_ text: String?, into output: inout [UInt8]) {
        if let text { writeString(text, into: &output) } else { append("null", to: &output) }
    }

    /// A number rounded to two decimals, as the contract prints scores:
    /// without a fraction when it is whole, 0 when it is not finite.
    static func writeRounded(_ value: Double, into output: inout [UInt8]) {
        let number = value.isFinite ? (value * 100).rounded() / 100 : 0
        append(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number), to: &output)
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
        text.withUTF8 { bytes in
            var run = 0  // start of the bytes being copied as they are
            var i = 0
            while i < bytes.count {
                if i + 8 <= bytes.count, let base = bytes.baseAddress,
                    !mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                {
                    i += 8
                    continue
                }
                let byte = bytes[i]
                i += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<(i - 1)]))
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
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        output.append(UInt8(ascii: "\""))
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
