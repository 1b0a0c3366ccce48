import Foundation
import StandpointAnalysis
import StandpointModel

/// Wall time of each analysis stage, run one stage at a time over the whole
/// corpus (each stage in parallel over documents, as the analyser does).
struct StageTimes: Codable {
    var discover = 0.0
    var load = 0.0
    var segment = 0.0
    var extract = 0.0
    var link = 0.0
    var points = 0
    var claims = 0
    var crossReferences = 0
    /// The linked points, kept for the all-pairs peer (not reported).
    var linkedPoints: [StancePoint] = []

    private enum CodingKeys: String, CodingKey {
        case discover, load, segment, extract, link, points, claims, crossReferences
    }

    /// Runs the stages of `analyzer` over `folder` one after another.
    static func measure(_ analyzer: Analyzer, folder: String) throws -> StageTimes {
        var times = StageTimes()
        let (discoverSeconds, discovered) = try Stopwatch.time { try analyzer.loader.discover([folder]) }
        times.discover = discoverSeconds
        let files = discovered.files

        let sources = ResultSlots<SourceDocument>(count: files.count)
        times.load = Stopwatch.time {
            DispatchQueue.concurrentPerform(iterations: files.count) { sources[$0] = analyzer.loader.load(files[$0]).document }
        }.seconds

        let loaded = sources.values.compactMap { $0 }
        let documents = ResultSlots<Document>(count: loaded.count)
        times.segment = Stopwatch.time {
            DispatchQueue.concurrentPerform(iterations: loaded.count) { i in
                let source = loaded[i]
                documents[i] = Document(
                    id: source.id, path: source.path, title: source.title, text: source.text,
                    sentences: analyzer.segmenter.sentences(in: source.text))
            }
        }.seconds

        let segmented = documents.values.compactMap { $0 }
        let extracted = ResultSlots<LinkablePoints>(count: segmented.count)
        times.extract = Stopwatch.time {
            DispatchQueue.concurrentPerform(iterations: segmented.count) {
                extracted[$0] = analyzer.extractor.linkablePoints(in: segmented[$0])
            }
        }.seconds

        var linkable: [LinkablePoints] = []
        var pointCount = 0
        for case var documentPoints? in extracted.values {
            documentPoints.number(from: pointCount + 1)
            pointCount += documentPoints.points.count
            linkable.append(documentPoints)
        }
        let (linkSeconds, linked) = Stopwatch.time { analyzer.linker.link(linkable, in: segmented) }
        times.link = linkSeconds
        times.points = linked.points.count
        times.claims = linked.claims.count
        times.crossReferences = linked.crossReferences.count
        times.linkedPoints = linked.points
        return times
    }
}
