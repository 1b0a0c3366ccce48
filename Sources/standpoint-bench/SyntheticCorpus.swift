import Foundation
import StandpointAnalysis

/// Writes a deterministic synthetic corpus: documents recombined from the
/// sentences of the bundled sample corpus, with holders, targets and wording
/// varied from `SyntheticVocabulary`, so that extraction and linking do real work.
struct SyntheticCorpus: Sendable {
    /// Seed sentences taken from the sample corpus.
    let sentences: [String]
    let vocabulary: SyntheticVocabulary
    let seed: UInt64

    /// Collects the seed sentences of the documents under `sampleFolder`.
    init(sampleFolder: String, vocabulary: SyntheticVocabulary, seed: UInt64) throws {
        let loader = CorpusLoader()
        let segmenter = SentenceSegmenter()
        var sentences: [String] = []
        for file in try loader.discover([sampleFolder]).files {
            guard let source = loader.load(file).document else { continue }
            let bytes = Array(source.text.utf8)
            for sentence in segmenter.sentences(in: source.text) where sentence.range.count >= 40 {
                sentences.append(String(decoding: bytes[sentence.range.start..<sentence.range.end], as: UTF8.self))
            }
        }
        guard sentences.count >= 10 else {
            throw BenchError("\(sampleFolder): too few sentences to build a synthetic corpus from; run from the repository root")
        }
        self.sentences = sentences
        self.vocabulary = vocabulary
        self.seed = seed
    }

    /// The text of document `index`: a title and 4 to 8 paragraphs of 2 to 5 sentences.
    func document(_ index: Int) -> String {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        var text = "Statement \(index): " + vary(sentences.randomElement(using: &random)!, using: &random).prefix(60) + "\n\n"
        for _ in 0..<Int.random(in: 4...8, using: &random) {
            var paragraph: [String] = []
            for _ in 0..<Int.random(in: 2...5, using: &random) {
                paragraph.append(vary(sentences.randomElement(using: &random)!, using: &random))
            }
            text += paragraph.joined(separator: " ") + "\n\n"
        }
        return text
    }

    /// Swaps each vocabulary word in `sentence` for a random word of its pool.
    func vary(_ sentence: String, using random: inout SplitMix64) -> String {
        var result = sentence
        for group in vocabulary.groups {
            for word in group.match where result.contains(word) {
                result = result.replacingOccurrences(of: word, with: group.pool.randomElement(using: &random)!)
            }
        }
        return result
    }

    /// Writes documents 0..<count into `folder` (in parallel), returning the total bytes written.
    func write(count: Int, into folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let total = ByteTotal()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let data = Data(document(index).utf8)
            let path = (folder as NSString).appendingPathComponent(String(format: "doc%06d.txt", index))
            if FileManager.default.createFile(atPath: path, contents: data) { total.add(data.count) }
        }
        guard total.files == count else { throw BenchError("\(folder): could only write \(total.files) of \(count) files; check free disk space") }
        return total.bytes
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
