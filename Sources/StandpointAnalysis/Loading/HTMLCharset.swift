import Foundation

/// The character set an HTML or XHTML page declares for itself, used when its
/// bytes are not valid UTF-8 (a page saved from a site that serves, say,
/// windows-1251 or GBK). Labels and their decoders are listed in
/// `Resources/charset-labels.tsv`.
enum HTMLCharset {
    /// How far into the page a declaration is looked for (browsers look at 1024 bytes).
    static let reach = 4096

    /// Lower-cased label to the Foundation encoding that decodes it.
    static let encodings: [String: String.Encoding] = {
        guard let url = Bundle.module.url(forResource: "charset-labels", withExtension: "tsv"),
            let contents = try? String(contentsOf: url, encoding: .utf8)
        else { return [:] }
        var table: [String: String.Encoding] = [:]
        for line in contents.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let raw = UInt(fields[1].dropFirst(2), radix: 16) else { continue }
            table[String(fields[0])] = String.Encoding(rawValue: raw)
        }
        return table
    }()

    /// The label declared by `<meta charset=…>`, `<meta http-equiv … content="…; charset=…">`
    /// or `<?xml … encoding="…"?>` near the start of the page, lower-cased.
    static func declaredLabel(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(reach).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
        for key in ["charset", "encoding"] {
            let pattern = Array(key.utf8)
            var i = 0
            while i + pattern.count < head.count {
                guard head[i..<(i + pattern.count)].elementsEqual(pattern) else {
                    i += 1
                    continue
                }
                var j = i + pattern.count
                while j < head.count && head[j] == 0x20 { j += 1 }
                guard j < head.count, head[j] == UInt8(ascii: "=") else {
                    i += 1
                    continue
                }
                j += 1
                while j < head.count && (head[j] == 0x20 || head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "'")) { j += 1 }
                var end = j
                while end < head.count && end - j < 40 && isLabelByte(head[end]) { end += 1 }
                if end > j { return String(decoding: head[j..<end], as: UTF8.self) }
                i += 1
            }
        }
        return nil
    }

    /// The declared label and its decoder, when the page declares one this table knows.
    static func declaredEncoding(in bytes: [UInt8]) -> (label: String, encoding: String.Encoding)? {
        guard let label = declaredLabel(in: bytes), let encoding = encodings[label] else { return nil }
        return (label, encoding)
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }
}
