/// Makes text from the file system safe to print on a terminal.
///
/// File names can hold newlines, escape sequences and other control
/// characters; printed raw they would break the one-line form of a warning or
/// send commands to the terminal. Every path in a `LoadWarning` passes
/// through `escaping(_:)` before it is shown.
public enum PrintableText {
    /// `text` with C0 controls, DEL and C1 controls written as visible escapes:
    /// `\n`, `\t`, `\r`, `\e` (ESC), `\x7F`, `\u{9B}`; a backslash stays as it is.
    public static func escaping(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{1B}": result += "\\e"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += scalar.value < 0x80 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
            }
        }
        return result
    }

    /// C0 controls, DEL, C1 controls and the line and paragraph separators.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
}
