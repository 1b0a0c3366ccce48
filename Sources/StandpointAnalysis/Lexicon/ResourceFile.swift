import Foundation

/// Reads the bundled text resources (lexicons, aliases, synonym groups).
///
/// Every file has the same simple shape: `#` starts a comment line, blank
/// lines are ignored and `[name]` opens a section.
enum ResourceFile {
    /// The non-comment lines of resource `name`.txt, grouped by section
    /// (lines before any section header go under "").
    static func sections(_ name: String) -> [String: [String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            fatalError("standpoint: the bundled resource \(name).txt is missing; rebuild the package")
        }
        var sections: [String: [String]] = [:]
        var current = ""
        // (The current section's lines are gathered apart and filed at its
        // end: a look-up of the section for every line cost 0.9 M
        // instructions; with the carriage returns' `memchr`, reading the
        // seven resources went from 11.8 to 9.7 M, callgrind.)
        var lines: [String] = []
        for rawLine in Self.lines(of: text) {
            let line = rawLine.trimmingUnicodeSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                if !lines.isEmpty { sections[current, default: []].append(contentsOf: lines) }
                lines = []
                current = String(line.dropFirst().dropLast())
                continue
            }
            lines.append(line)
        }
        if !lines.isEmpty { sections[current, default: []].append(contentsOf: lines) }
        return sections
    }

    /// The non-empty lines of `text`, split on the newline byte: splitting
    /// the `String` by `Character` was 21 M of the 28 M instructions that
    /// reading the resources cost at every start (callgrind). A "\r\n" pair
    /// is one `Character`, which the `Character` split does not break, so
    /// text with a carriage return is still split that way.
    private static func lines(of text: String) -> [Substring] {
        var text = text
        guard !TextDecoding.hasCarriageReturn(&text) else { return text.split(separator: "\n") }
        // (Cut at the offsets of the newlines in the buffer: splitting the
        // `UTF8View` cost 2.6 M instructions for the seven resources.)
        return text[...].split(atByte: UInt8(ascii: "\n"))
    }

    /// The non-comment lines of a resource without sections.
    static func lines(_ name: String) -> [String] {
        sections(name)[""] ?? []
    }
}
