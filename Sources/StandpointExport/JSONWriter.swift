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

    /// `value` as indented JSON text.
    ///
    /// - Complexity: O(n) in the size of the output.
    static func render(_ value: Value) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        return output
    }

    private static func write(_ value: Value, indent: Int, into output: inout String) {
        switch value {
        case .string(let text): writeString(text, into: &output)
        case .int(let number): output += String(number)
        case .number(let number):
            output += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .null: output += "null"
        case .array(let items):
            if items.isEmpty {
                output += "[]"
            } else if items.allSatisfy({ if case .object = $0 { false } else if case .array = $0 { false } else { true } }) {
                output += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { output += ", " }
                    write(item, indent: indent, into: &output)
                }
                output += "]"
            } else {
                output += "[\n"
                for (i, item) in items.enumerated() {
                    output += String(repeating: "  ", count: indent + 1)
                    write(item, indent: indent + 1, into: &output)
                    output += i == items.count - 1 ? "\n" : ",\n"
                }
                output += String(repeating: "  ", count: indent) + "]"
            }
        case .object(let fields):
            if fields.isEmpty {
                output += "{}"
                return
            }
            output += "{\n"
            for (i, (key, item)) in fields.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                writeString(key, into: &output)
                output += ": "
                write(item, indent: indent + 1, into: &output)
                output += i == fields.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
