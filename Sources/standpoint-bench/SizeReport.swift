import Foundation
import StandpointAnalysis
import StandpointModel
import StandpointUI

/// Everything measured for one corpus size.
struct SizeReport: Codable {
    /// The slowest frame of one key of the walk.
    struct KeyTime: Codable {
        let key: String
        let seconds: Double
    }

    let documents: Int
    let bytes: Int
    let analysisSeconds: Double
    let peakResidentBytes: Int
    let stages: StageTimes
    let grepSeconds: Double
    let allPairsSeconds: Double
    let allPairsExtrapolated: Bool
    let searchSeconds: Percentiles
    /// Each key typed at the `/` prompt (a search with the prompt's limit, and the frame).
    let typingSeconds: Percentiles
    let firstFrameSeconds: Double
    /// Whether the analysis was still running when the first frame was drawn.
    let firstFrameBeforeAnalysis: Bool
    let frameSeconds: Percentiles
    /// The same frames in CPU time of the drawing thread.
    let frameCPUSeconds: Percentiles
    let slowestKeys: [KeyTime]

    var megabytesPerSecond: Double { Double(bytes) / 1e6 / analysisSeconds }

    /// Runs the real analysis end to end, then each stage alone, then the peers.
    static func measure(folder: String, documents: Int, bytes: Int, allPairsBudget: Double) throws -> SizeReport {
        let size = Size(columns: 120, rows: 40)
        ResidentMemory.resetPeak()
        let start = try BrowserStart.run(folder: folder, size: size)
        let peak = ResidentMemory.peakBytes()
        let analysisSeconds = start.analysisSeconds
        let corpus = start.result.corpus

        let queries = ["security", "Cold War", "dialogue", "sanctions", "restraint", "no-such-phrase-anywhere"]
        var searchSamples: [Double] = []
        for query in queries {
            searchSamples.append(Stopwatch.time { corpus.search(query) }.seconds)
        }
        let typingSamples = FrameWalk.typingSeconds(corpus: corpus, size: size, queries: queries)

        let (frameSamples, frameCPUSamples) = FrameWalk.frameSeconds(corpus: corpus, size: size, count: 1_000)

        let stages = try StageTimes.measure(Analyzer(), folder: folder)
        let grepSeconds = try GrepPeer.seconds(over: folder)
        let (allPairsSeconds, extrapolated) = allPairs(stages.linkedPoints, budget: allPairsBudget)
        return SizeReport(
            documents: documents, bytes: bytes, analysisSeconds: analysisSeconds, peakResidentBytes: peak,
            stages: stages, grepSeconds: grepSeconds, allPairsSeconds: allPairsSeconds,
            allPairsExtrapolated: extrapolated, searchSeconds: Percentiles(searchSamples),
            typingSeconds: Percentiles(typingSamples),
            firstFrameSeconds: start.firstFrameSeconds, firstFrameBeforeAnalysis: start.analysisWasRunning,
            frameSeconds: Percentiles(frameSamples), frameCPUSeconds: Percentiles(frameCPUSamples),
            slowestKeys: FrameWalk.slowestKeys(frameCPUSamples, count: 3))
    }

    /// Times the all-pairs linker over all points, or, when that would exceed
    /// `budget`, over the largest prefix that fits and extrapolates by n².
    static func allPairs(_ points: [StancePoint], budget: Double) -> (seconds: Double, extrapolated: Bool) {
        let linker = AllPairsLinker(threshold: 0.3)
        let terms = AllPairsLinker.terms(of: points)
        var limit = min(points.count, 2_000)
        while true {
            let seconds = Stopwatch.time { linker.link(points, terms: terms, limit: limit) }.seconds
            if limit == points.count { return (seconds, false) }
            let projected = seconds * pow(Double(points.count) / Double(limit), 2)
            let next = min(points.count, limit * 2)
            if seconds * 4 > budget || projected <= seconds {
                return (projected, true)
            }
            limit = next
        }
    }

    func printDetails() {
        let s = stages
        print(String(
            format: "N=%d: %.1f MB, analysis %.3f s (%.1f MB/s), stages discover %.3f load %.3f segment %.3f extract %.3f link %.3f s; %d points, %d claims, %d cross-references; peak RSS %.0f MB (%.1fx corpus); grep %.3f s; all-pairs %.3f s%@; search p50 %.2f ms max %.2f ms; typing at / p50 %.2f max %.2f ms; first frame %.2f ms (%@); frames p50 %.2f p99 %.2f max %.2f ms (CPU p50 %.2f p99 %.2f max %.2f ms); slowest keys (CPU) %@",
            documents, Double(bytes) / 1e6, analysisSeconds, megabytesPerSecond, s.discover, s.load, s.segment, s.extract,
            s.link, s.points, s.claims, s.crossReferences, Double(peakResidentBytes) / 1e6,
            Double(peakResidentBytes) / Double(max(bytes, 1)), grepSeconds, allPairsSeconds,
            allPairsExtrapolated ? " (extrapolated)" : "", searchSeconds.p50 * 1e3, searchSeconds.max * 1e3,
            typingSeconds.p50 * 1e3, typingSeconds.max * 1e3,
            firstFrameSeconds * 1e3, firstFrameBeforeAnalysis ? "analysis still running" : "after the analysis finished",
            frameSeconds.p50 * 1e3, frameSeconds.p99 * 1e3, frameSeconds.max * 1e3,
            frameCPUSeconds.p50 * 1e3, frameCPUSeconds.p99 * 1e3, frameCPUSeconds.max * 1e3,
            slowestKeys.map { String(format: "%@ %.1f ms", $0.key, $0.seconds * 1e3) }.joined(separator: ", ")))
    }

    static func printTable(_ rows: [SizeReport]) {
        print("")
        print("     docs      MB  analysis_s  MB/s  link_s  allpairs_s  vs_allpairs  grep_s  vs_grep  rss_MB  rss/corpus")
        for r in rows {
            print(String(
                format: "%9d %7.1f %11.3f %5.1f %7.3f %11.2f %11.1fx %7.3f %7.1fx %7.0f %10.1fx",
                r.documents, Double(r.bytes) / 1e6, r.analysisSeconds, r.megabytesPerSecond, r.stages.link,
                r.allPairsSeconds, r.allPairsSeconds / max(r.stages.link, 1e-9), r.grepSeconds,
                r.analysisSeconds / max(r.grepSeconds, 1e-9), Double(r.peakResidentBytes) / 1e6,
                Double(r.peakResidentBytes) / Double(max(r.bytes, 1))))
        }
    }

    /// The one-line summary, for the 10,000-document corpus when it was run (else the largest).
    static func summaryLine(_ rows: [SizeReport]) -> String {
        guard let main = rows.first(where: { $0.documents == 10_000 }) ?? rows.max(by: { $0.documents < $1.documents }) else {
            return "bench: no sizes run"
        }
        let small = rows.first(where: { $0.documents == 1_000 && main.documents == 10_000 })
        let growth = small.map { String(format: "%.2f", main.analysisSeconds / $0.analysisSeconds) } ?? "n/a"
        return String(
            format: "bench: N=%d analysis_s=%.3f mb_per_s=%.1f vs_grep=%.1fx linking_vs_allpairs=%.1fx growth_1k_10k=%@ frame_p99_ms=%.2f frame_cpu_p99_ms=%.2f first_frame_ms=%.2f rss_mb=%.0f",
            main.documents, main.analysisSeconds, main.megabytesPerSecond, main.analysisSeconds / max(main.grepSeconds, 1e-9),
            main.allPairsSeconds / max(main.stages.link, 1e-9), growth, main.frameSeconds.p99 * 1e3, main.frameCPUSeconds.p99 * 1e3,
            main.firstFrameSeconds * 1e3, Double(main.peakResidentBytes) / 1e6)
    }
}
