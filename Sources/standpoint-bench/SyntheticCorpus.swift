import Foundation
import StandpointAnalysis

/// Writes a deterministic synthetic corpus: documents recombined from the
/// sentences of the bundled sample corpus, with holders, targets and wording
/// varied from `SyntheticVocabulary`, so that extraction and linking do real work.
///
/// Everything works on UTF-8 bytes: the generator was the slowest part of
/// making a 100,000-document corpus (over five minutes) while it replaced
/// words with Foundation string search per sentence.
struct SyntheticCorpus: Sendable {
    /// Seed sentences taken from the sample corpus, as UTF-8 bytes.
    let sentences: [[UInt8]]
    let vocabulary: SyntheticVocabulary
    let seed: UInt64

    /// Collects the seed sentences of the documents under `sampleFolder`.
    init(sampleFolder: String, vocabulary: SyntheticVocabulary, seed: UInt64) throws {
        let loader = CorpusLoader()
        let segmenter = SentenceSegmenter()
        var sentences: [[UInt8]] = []
        for file in try loader.discover([sampleFolder]).files {
            guard let source = loader.load(file).document else { continue }
            let bytes = Array(source.text.utf8)
            for sentence in segmenter.sentences(in: source.text) where sentence.range.count >= 40 {
                sentences.append(Array(bytes[sentence.range.start..<sentence.range.end]))
            }
        }
        guard sentences.count >= 10 else {
            throw BenchError("\(sampleFolder): too few sentences to build a synthetic corpus from; run from the repository root")
        }
        self.sentences = sentences
        self.vocabulary = vocabulary
        self.seed = seed
    }

    /// The text of document `index`, as UTF-8: a title and 4 to 8 paragraphs
    /// of 2 to 5 sentences. The same seed and index give the same bytes.
    func document(_ index: Int) -> [UInt8] {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        var text = Array("Statement \(index): ".utf8)
        text.reserveCapacity(4_096)
        var title: [UInt8] = []
        vary(sentences.randomElement(using: &random)!, into: &title, using: &random)
        text += title[..<Self.boundary(in: title, atMost: 60)]
        text += [0x0A, 0x0A]
        for _ in 0..<Int.random(in: 4...8, using: &random) {
            for number in 0..<Int.random(in: 2...5, using: &random) {
                if number > 0 { text.append(0x20) }
                vary(sentences.randomElement(using: &random)!, into: &text, using: &random)
            }
            text += [0x0A, 0x0A]
        }
        return text
    }

    /// Appends `sentence` to `output` with each vocabulary word that stands
    /// as a word of its own (not inside a longer word such as "Russian")
    /// swapped for a random word of its group's pool; longer words win
    /// ("the Chinese government" over "China"), and replacements are not
    /// looked at again.
    ///
    /// - Complexity: O(n·k) for n bytes and the k vocabulary words that
    ///   begin with each byte (a handful).
    func vary(_ sentence: [UInt8], into output: inout [UInt8], using random: inout SplitMix64) {
        var i = 0
        while i < sentence.count {
            if i == 0 || !SyntheticVocabulary.isWordByte(sentence[i - 1]),
                let (length, group) = vocabulary.match(in: sentence, at: i)
            {
                output += vocabulary.groups[group].poolBytes.randomElement(using: &random)!
                i += length
            } else {
                output.append(sentence[i])
                i += 1
            }
        }
    }

    /// The largest length up to `limit` that does not cut a UTF-8 character.
    private static func boundary(in bytes: [UInt8], atMost limit: Int) -> Int {
        var end = min(limit, bytes.count)
        while end > 0, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    /// Writes documents 0..<count into `folder` (in parallel), returning the total bytes written.
    ///
    /// Plain `open`/`write`/`close`: `FileManager.createFile` writes each
    /// file atomically, with an fsync and a rename, which was 70% of writing
    /// 10,000 documents (perf); a scratch corpus needs no such care.
    func write(count: Int, into folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let total = ByteTotal()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let bytes = document(index)
            let path = (folder as NSString).appendingPathComponent(String(format: "doc%06d.txt", index))
            if Self.writeFile(path, bytes) { total.add(bytes.count) }
        }
        guard total.files == count else { throw BenchError("\(folder): could only write \(total.files) of \(count) files; check free disk space") }
        return total.bytes
    }
}

extension SyntheticCorpus {
    /// Creates (or truncates) the file at `path` and writes `bytes`; false when that fails.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            guard result > 0 else { return false }
            written += result
        }
        return true
    }
}

/// Bytes and files written by concurrent workers.
final class ByteTotal: @unchecked Sendable {
    private let lock = NSLock()
    private var storedBytes = 0
    private var storedFiles = 0

    func add(_ count: Int) { lock.withLock { storedBytes += count; storedFiles += 1 } }
    var bytes: Int { lock.withLock { storedBytes } }
    var files: Int { lock.withLock { storedFiles } }
}
