import Foundation
import StandpointModel

/// How far an analysis has got, reported as it runs.
public struct AnalysisProgress: Sendable, Hashable {
    /// Documents read and extracted so far.
    public let documentsDone: Int
    /// Documents found by discovery.
    public let documentsTotal: Int
    /// The stage now running.
    public let stage: Stage

    /// The stages of an analysis, in order.
    public enum Stage: String, Sendable, Hashable {
        case discovering, extracting, linking, done
    }

    public init(documentsDone: Int, documentsTotal: Int, stage: Stage) {
        self.documentsDone = documentsDone
        self.documentsTotal = documentsTotal
        self.stage = stage
    }
}

/// What an analysis produced: the corpus and what was skipped or repaired on the way.
public struct AnalysisResult: Sendable {
    /// The analysed corpus.
    public let corpus: Corpus
    /// Files skipped or repaired, in path order.
    public let warnings: [LoadWarning]

    public init(corpus: Corpus, warnings: [LoadWarning]) {
        self.corpus = corpus
        self.warnings = warnings
    }
}

/// Turns paths into an analysed `Corpus`: discover, load, segment and extract
/// each document (in parallel, documents being independent), then link the
/// points of all documents into claims.
public struct Analyzer: Sendable {
    /// The file loader.
    public var loader: CorpusLoader
    /// Splits text into sentences.
    public var segmenter: SentenceSegmenter
    /// Finds stance points in one document.
    public var extractor: StanceExtractor
    /// Groups points across documents into claims and cross-references.
    public var linker: ClaimLinker

    public init(
        loader: CorpusLoader = CorpusLoader(), segmenter: SentenceSegmenter = SentenceSegmenter(),
        extractor: StanceExtractor = StanceExtractor(), linker: ClaimLinker = ClaimLinker()
    ) {
        self.loader = loader
        self.segmenter = segmenter
        self.extractor = extractor
        self.linker = linker
    }

    /// Analyses every document under `paths`, naming the corpus `root`.
    ///
    /// - Throws: `LoadError` when a path is missing or no document could be read.
    public func analyze(
        _ paths: [String], root: String? = nil,
        progress: (@Sendable (AnalysisProgress) -> Void)? = nil
    ) throws -> AnalysisResult {
        MallocTuning.apply()
        progress?(AnalysisProgress(documentsDone: 0, documentsTotal: 0, stage: .discovering))
        let tablesLoaded = Self.loadSharedTables()
        let (files, discoveryWarnings) = try loader.discover(paths)
        tablesLoaded.wait()
        let total = files.count
        let collector = ExtractionCollector(count: total, warnings: discoveryWarnings)
        let done = Counter()
        DispatchQueue.concurrentPerform(iterations: total) { i in
            collector.deliver(analyzeFile(files[i]), at: i)
            let finished = done.increment()
            progress?(AnalysisProgress(documentsDone: finished, documentsTotal: total, stage: .extracting))
        }
        let (documents, points, ids, termStores, collectedWarnings, unread) = collector.finish()
        var warnings = collectedWarnings
        let warned = Set(warnings.map(\.path))
        for i in unread where !warned.contains(files[i].path) {
            warnings.append(LoadWarning(path: files[i].path, message: "skipped: no text could be read"))
        }
        guard !documents.isEmpty else { throw LoadError.noDocuments(paths, warnings: warnings) }
        progress?(AnalysisProgress(documentsDone: total, documentsTotal: total, stage: .linking))
        let linked = linker.link(consume points, terms: consume termStores, ids: ids)
        let corpus = Corpus(
            root: root ?? paths.joined(separator: " "), documents: documents, points: linked.points,
            claims: linked.claims, crossReferences: linked.crossReferences, referenceEnds: linked.referenceEnds,
            unlinked: linked.unlinkedLookups, claimMembers: linked.claimMembers)
        progress?(AnalysisProgress(documentsDone: total, documentsTotal: total, stage: .done))
        return AnalysisResult(corpus: corpus, warnings: warnings)
    }

    /// Reads the lexicon and the theme table (once per process) on another
    /// thread, so that they load while discovery lists and stats the files
    /// rather than after it: the first document's segmenter loads the lexicon
    /// while the other workers wait for it, and the linker the theme table
    /// while the second core is idle (83 M instructions together on the
    /// benchmark's 1,000 documents, one thread).
    static func loadSharedTables() -> DispatchGroup {
        let loaded = DispatchGroup()
        // The theme table is made from the lexicon: asking for it loads both.
        DispatchQueue.global().async(group: loaded) { _ = ThemeTable.shared }
        return loaded
    }

    /// Loads, segments and extracts one file.
    func analyzeFile(_ file: CorpusLoader.SourceFile) -> (Document?, LinkablePoints, [LoadWarning]) {
        let (source, warnings) = loader.load(file)
        guard let source else { return (nil, LinkablePoints(points: [], termStore: DocumentTerms()), warnings) }
        let document = segment(source)
        return (document, extractor.linkablePoints(in: document), warnings)
    }

    /// Segments and extracts one loaded text; point ids are provisional.
    public func analyzeText(_ source: SourceDocument) -> (document: Document, points: [StancePoint]) {
        let document = segment(source)
        return (document, extractor.points(in: document))
    }

    /// The document of one loaded text, split into sentences and titled.
    func segment(_ source: SourceDocument) -> Document {
        let sentences = segmenter.sentences(in: source.text)
        let title = HeadlineFinder.title(loaderTitle: source.title, text: source.text, sentences: sentences)
        return Document(id: source.id, path: source.path, title: title, text: source.text, sentences: sentences)
    }
}

/// A thread-safe counter for progress reports.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int { lock.withLock { value += 1; return value } }
}
