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
        for rawLine in lines(of: text) {
            let line = rawLine.trimmingUnicodeSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                continue
            }
            sections[current, default: []].append(line)
        }
        return sections
    }

    /// The non-empty lines of `text`, split on the newline byte: splitting
    /// the `String` by `Character` was 21 M of the 28 M instructions that
    /// reading the resources cost at every start (callgrind). A "\r\n" pair
    /// is one `Character`, which the `Character` split does not break, so
    /// text with a carriage return is still split that way.
    private static func lines(of text: String) -> [Substring] {
        guard !text.utf8.contains(UInt8(ascii: "\r")) else { return text.split(separator: "\n") }
        return text.utf8.split(separator: UInt8(ascii: "\n")).map { Substring($0) }
    }

    /// The non-comment lines of a resource without sections.
    static func lines(_ name: String) -> [String] {
        sections(name)[""] ?? []
    }
}
