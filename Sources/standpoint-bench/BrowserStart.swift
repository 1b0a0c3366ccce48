import Foundation
import StandpointAnalysis
import StandpointModel
import StandpointUI

/// The browser's start as `standpoint` does it: the analysis starts on its own
/// thread (using every core for documents) and the first frame, of an empty
/// corpus with a progress line, is drawn on the main thread meanwhile.
///
/// Timing the first frame on an idle machine would flatter it; here it
/// competes with the analysis for the cores, as it does for a researcher.
struct BrowserStart {
    /// Seconds from the start of the analysis to the end of the first frame.
    let firstFrameSeconds: Double
    /// Whether the analysis was still running when the first frame was drawn.
    let analysisWasRunning: Bool
    /// Wall time of the analysis, measured on its own thread.
    let analysisSeconds: Double
    /// What the analysis produced.
    let result: AnalysisResult

    /// Analyses `folder` in the background while drawing the first frame at `size`.
    static func run(folder: String, size: Size) throws -> BrowserStart {
        let outcome = AnalysisOutcome()
        let start = DispatchTime.now().uptimeNanoseconds
        let thread = Thread {
            let result = Result { try Analyzer().analyze([folder]) }
            outcome.finish(result, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        thread.stackSize = 8 << 20
        thread.start()
        let state = AppState(
            corpus: .empty(root: folder), size: size, analysis: .running(done: 0, total: 0, stage: "discovering"))
        var buffer = CellBuffer(size: size)
        Screen.draw(state, on: &buffer)
        let firstFrame = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let wasRunning = !outcome.isFinished
        let (result, seconds) = outcome.wait()
        return BrowserStart(
            firstFrameSeconds: firstFrame, analysisWasRunning: wasRunning, analysisSeconds: seconds, result: try result.get())
    }
}

/// The analysis thread's result, handed to the main thread once.
final class AnalysisOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var value: (Result<AnalysisResult, any Error>, Double)?

    var isFinished: Bool { lock.withLock { value != nil } }

    func finish(_ result: Result<AnalysisResult, any Error>, seconds: Double) {
        lock.withLock { value = (result, seconds) }
        done.signal()
    }

    func wait() -> (Result<AnalysisResult, any Error>, Double) {
        done.wait()
        return lock.withLock { value! }
    }
}
