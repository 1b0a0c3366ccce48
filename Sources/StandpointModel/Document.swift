/// A loaded document: its extracted plain text and the sentences found in it.
public struct Document: Identifiable, Hashable, Sendable {
    /// Stable id: the path relative to the corpus root, without extension.
    public let id: String
    /// The path as the user gave it or as found under a given folder.
    public let path: String
    /// A short human title (first heading or first line).
    public let title: String
    /// The extracted plain text; every span in the model is a byte range into it.
    public let text: String
    /// Sentences in reading order.
    public let sentences: [Sentence]

    public init(id: String, path: String, title: String, text: String, sentences: [Sentence]) {
        self.id = id
        self.path = path
        self.title = title
        self.text = text
        self.sentences = sentences
    }

    /// The text covered by `range`, clamped to the document and repaired if it
    /// cuts a multi-byte character.
    public func text(in range: ByteRange) -> String { String(slice(range)) }

    /// The text covered by `range` as a slice that shares the document's
    /// storage (points keep their text this way), clamped like
    /// `text(in:)`; a repaired copy when `range` cuts a multi-byte character.
    public func slice(_ range: ByteRange) -> Substring {
        let utf8 = text.utf8
        let lower = max(0, min(range.start, utf8.count))
        let upper = max(lower, min(range.end, utf8.count))
        let from = utf8.index(utf8.startIndex, offsetBy: lower)
        let to = utf8.index(utf8.startIndex, offsetBy: upper)
        func startsCharacter(_ index: String.Index) -> Bool { index == utf8.endIndex || utf8[index] & 0xC0 != 0x80 }
        guard startsCharacter(from), startsCharacter(to) else {
            return Substring(String(decoding: utf8[from..<to], as: UTF8.self))
        }
        return text[from..<to]
    }

    /// The sentence containing byte `offset`, if any.
    ///
    /// - Complexity: O(log n) in the number of sentences.
    public func sentence(containing offset: Int) -> Sentence? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid].range
            if offset < range.start {
                high = mid - 1
            } else if offset >= range.end {
                low = mid + 1
            } else {
                return sentences[mid]
            }
        }
        return nil
    }

    /// The number of UTF-8 bytes of text.
    public var byteCount: Int { text.utf8.count }
}
