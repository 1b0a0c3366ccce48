import StandpointModel

/// Picks a document's title past site furniture: saved news pages often open
/// with the outlet's name or a navigation line ("- Sputnik International")
/// before the headline, and a title made of furniture tells a reader nothing.
enum HeadlineFinder {
    /// How many lines from the top are searched for a headline.
    static let linesSearched = 12

    /// `loaderTitle` unless the text's first line is boilerplate; then the
    /// first headline-like line (3 to 25 words, most capitalised, no closing
    /// full stop) among the first lines, else the first line that is not
    /// boilerplate, else `loaderTitle`.
    ///
    /// The text is read in place, and the lines after the first only when the
    /// first is boilerplate: copying the text and finding twelve lines in
    /// every document cost more than segmenting some of them.
    static func title(loaderTitle: String, text: String, sentences: [Sentence]) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = leadingLines(bytes, limit: 1).first, isBoilerplate(first, sentences) else { return loaderTitle }
            let lines = leadingLines(bytes, limit: linesSearched)
            let candidates = lines.dropFirst().filter { !isBoilerplate($0, sentences) }
            let texts = candidates.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self) }
            if let headline = texts.first(where: looksLikeHeadline) { return headline }
            return texts.first.map { String($0.prefix(200)) } ?? loaderTitle
        }
    }

    /// Byte ranges of the first `limit` non-blank lines, trimmed.
    static func leadingLines(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [ByteRange] {
        var lines: [ByteRange] = []
        var start = 0
        while start < bytes.count && lines.count < limit {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var lower = start
            var upper = end
            while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
            while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D) { upper -= 1 }
            if upper > lower { lines.append(ByteRange(start: lower, end: upper)) }
            start = end + 1
        }
        return lines
    }

    /// Whether the sentence that starts `line` is marked as boilerplate.
    static func isBoilerplate(_ line: ByteRange, _ sentences: [Sentence]) -> Bool {
        sentences.first(where: { $0.range.end > line.start })?.isBoilerplate ?? false
    }

    /// Headline case: 3 to 25 words, at least half of the longer ones
    /// capitalised, and no full stop at the end (a question or exclamation may end it).
    static func looksLikeHeadline(_ line: String) -> Bool {
        guard !line.hasSuffix(".") else { return false }
        let words = line.split(separator: " ")
        guard (3...25).contains(words.count) else { return false }
        let content = words.filter { $0.count > 3 }
        guard !content.isEmpty else { return false }
        let capitalised = content.filter { $0.first?.isUppercase == true }.count
        return capitalised * 2 >= content.count
    }
}
