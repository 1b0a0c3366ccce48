/// A small JSON writer that keeps keys in the order it is given, so that the
/// export follows the contract's field order (docs/json-format.md) and reads
/// the same way every run.
///
/// Objects and arrays of objects are indented two spaces per level; arrays of
/// scalars stay on one line. Only what the export needs: strings, integers,
/// numbers, booleans, null.
struct JSONWriter {
    /// A JSON value.
    indirect enum Value {
        case string(String)
        case int(Int)
        case number(Double)
        case null
        case array([Value])
        case object([(String, Value)])

        /// A string, or null for nil.
        static func optional(_ text: String?) -> Value { text.map(Value.string) ?? .null }

        /// A number rounded to two decimals, as the contract prints scores.
        static func rounded(_ value: Double) -> Value {
            guard value.isFinite else { return .number(0) }
            return .number((value * 100).rounded() / 100)
        }
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        output.append(contentsOf: text.utf8)
    }

    static func indentation(_ level: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private static func isScalar(_ value: Value) -> Bool {
        switch value {
        case .object, .array: false
        default: true
        }
    }

    /// Appends `value` as JSON text at nesting level `indent`.
    static func write(_ value: Value, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .string(let text): writeString(text, into: &output)
        case .int(let number): append(String(number), to: &output)
        case .number(let number):
            append(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number), to: &output)
        case .null: append("null", to: &output)
        case .array(let items):
            if items.isEmpty {
                append("[]", to: &output)
            } else if items.allSatisfy(isScalar) {
                output.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { append(", ", to: &output) }
                    write(item, indent: indent, into: &output)
                }
                output.append(UInt8(ascii: "]"))
            } else {
                append("[\n", to: &output)
                for (i, item) in items.enumerated() {
                    indentation(indent + 1, into: &output)
                    write(item, indent: indent + 1, into: &output)
                    append(i == items.count - 1 ? "\n" : ",\n", to: &output)
                }
                indentation(indent, into: &output)
                output.append(UInt8(ascii: "]"))
            }
        case .object(let fields):
            if fields.isEmpty {
                append("{}", to: &output)
                return
            }
            append("{\n", to: &output)
            for (i, (key, item)) in fields.enumerated() {
                indentation(indent + 1, into: &output)
                writeString(key, into: &output)
                append(": ", to: &output)
                write(item, indent: indent + 1, into: &output)
                append(i == fields.count - 1 ? "\n" : ",\n", to: &output)
            }
            indentation(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    ///
    /// Runs of bytes that need no escape are copied whole (JSON writing of
    /// 1,000 documents: 1,083 -> 841 M instructions).
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var run = 0  // start of the bytes being copied as they are
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
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
}
