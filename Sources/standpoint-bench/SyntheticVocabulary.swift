import Foundation

/// The word pools the synthetic corpus draws on, read from
/// `Resources/synthetic-vocabulary.txt`.
struct SyntheticVocabulary: Sendable {
    /// One group of interchangeable words: any `match` word may be replaced by a `pool` word.
    struct Group: Sendable {
        let match: [String]
        let pool: [String]
    }

    let groups: [Group]

    /// Parses the `[section]` / `match:` / `pool:` format; `|` separates words.
    init(text: String) {
        var groups: [Group] = []
        var match: [String] = []
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("match:") {
                match = Self.words(line.dropFirst("match:".count))
            } else if line.hasPrefix("pool:") {
                // Longest first, so "the Chinese government" wins over "China".
                groups.append(Group(match: match.sorted { $0.count > $1.count }, pool: Self.words(line.dropFirst("pool:".count))))
                match = []
            }
        }
        self.groups = groups
    }

    static func words(_ list: Substring) -> [String] {
        list.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The bundled vocabulary.
    static func bundled() throws -> SyntheticVocabulary {
        guard let url = Bundle.module.url(forResource: "synthetic-vocabulary", withExtension: "txt") else {
            throw BenchError("synthetic-vocabulary.txt is missing from the benchmark's resources; rebuild")
        }
        return SyntheticVocabulary(text: try String(contentsOf: url, encoding: .utf8))
    }
}

/// A failure that ends the benchmark with a message.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
