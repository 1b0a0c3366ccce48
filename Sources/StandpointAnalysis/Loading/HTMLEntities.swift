import Foundation

/// Decodes HTML character references (`&amp;`, `&eacute;`, `&#8217;`, `&#x2019;`),
/// by the WHATWG table kept in `Resources/html-entities.tsv`.
enum HTMLEntities {
    /// Name (with ";" when it has one) to its characters.
    static let table: [String: String] = {
        guard let url = Bundle.module.url(forResource: "html-entities", withExtension: "tsv"),
            let contents = try? String(contentsOf: url, encoding: .utf8)
        else { return ["amp;": "&", "lt;": "<", "gt;": ">", "quot;": "\"", "apos;": "'", "nbsp;": "\u{A0}"] }
        var table: [String: String] = [:]
        for line in contents.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let scalars = fields[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            table[String(fields[0])] = String(String.UnicodeScalarView(scalars))
        }
        return table
    }()

    /// The longest entity name in the table, to bound the search.
    static let longestName = 32

    /// Decodes the reference that starts with `&` at `bytes[start]`.
    ///
    /// - Returns: the characters and the index after the reference, or nil
    ///   when this `&` starts no reference (it is then text).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (text: String, end: Int)? {
        var i = start + 1
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var radix: UInt32 = 10
            if i < bytes.count && (bytes[i] == UInt8(ascii: "x") || bytes[i] == UInt8(ascii: "X")) {
                radix = 16
                i += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while i < bytes.count, let digit = digitValue(bytes[i], radix: radix) {
                if value <= 0x10FFFF { value = value * radix + digit }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < bytes.count && bytes[i] == UInt8(ascii: ";") { i += 1 }
            return (String(character(forCodePoint: value)), i)
        }
        var end = i
        while end < bytes.count && end - i < longestName && isNameByte(bytes[end]) { end += 1 }
        guard end > i else { return nil }
        if end < bytes.count && bytes[end] == UInt8(ascii: ";") {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i...end]), as: UTF8.self)
            if let text = table[name] { return (text, end + 1) }
        }
        var length = end - i
        while length > 1 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self)
            if let text = table[name] { return (text, i + length) }
            length -= 1
        }
        return nil
    }

    /// The character a numeric reference stands for: control characters (other than white space),
    /// surrogates and values past U+10FFFF become U+FFFD; 0x80...0x9F are read as
    /// Windows-1252, as browsers do.
    static func character(forCodePoint value: UInt32) -> Unicode.Scalar {
        if (0x80...0x9F).contains(value) {
            return TextDecoding.windows1252([UInt8(value)]).unicodeScalars.first ?? "\u{FFFD}"
        }
        let whiteSpace: Set<UInt32> = [0x09, 0x0A, 0x0C, 0x0D]
        guard value >= 0x20 && value != 0x7F || whiteSpace.contains(value), let scalar = Unicode.Scalar(value) else {
            return "\u{FFFD}"
        }
        return scalar
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
