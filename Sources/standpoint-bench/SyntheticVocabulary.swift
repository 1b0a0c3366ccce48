import Foundation

/// The word pools the synthetic corpus draws on, read from
/// `Resources/synthetic-vocabulary.txt`.
struct SyntheticVocabulary: Sendable {
    /// One group of interchangeable words: any `match` word may be replaced by a `pool` word.
    struct Group: Sendable {
        let match: [String]
        let pool: [String]
        /// `pool` as UTF-8 bytes.
        let poolBytes: [[UInt8]]

        init(match: [String], pool: [String]) {
            self.match = match
            self.pool = pool
            poolBytes = pool.map { Array($0.utf8) }
        }
    }

    let groups: [Group]
    /// Every `match` word as UTF-8 bytes with its group, by first byte,
    /// longest first, so that `match(in:at:)` looks at a handful of words.
    private let wordsByFirstByte: [[(word: [UInt8], group: Int)]]

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
        var table = Array(repeating: [(word: [UInt8], group: Int)](), count: 256)
        for (index, group) in groups.enumerated() {
            for word in group.match.map({ Array($0.utf8) }) where !word.isEmpty {
                table[Int(word[0])].append((word, index))
            }
        }
        wordsByFirstByte = table.map { words in words.sorted { $0.word.count > $1.word.count } }
    }

    /// The longest `match` word that starts at `start` in `bytes` and ends
    /// where a word ends: its length in bytes and its group's index.
    func match(in bytes: [UInt8], at start: Int) -> (length: Int, group: Int)? {
        for (word, group) in wordsByFirstByte[Int(bytes[start])] {
            let end = start + word.count
            if end <= bytes.count, end == bytes.count || !Self.isWordByte(bytes[end]),
                bytes[start..<end].elementsEqual(word)
            {
                return (word.count, group)
            }
        }
        return nil
    }

    /// ASCII letters and digits continue a word (a curly quote or a dash does not).
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
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
