import StandpointModel
import StandpointUI

/// The browser's frames, drawn headlessly into a `CellBuffer` through the same
/// code the terminal uses: the first frame (before analysis has finished) and
/// every frame of a scripted walk over all panes.
enum FrameWalk {
    /// A walk that visits every pane and the jumps a researcher uses most,
    /// repeated until it has pressed `count` keys.
    static let script = Key.sequence(
        "j j j Enter j j Enter 4 j Enter b ] ] [ f Tab j Tab j Tab C-d C-u G g 2 PgDn PgUp 3 k 1 G k k Enter c j Enter Esc Esc a j Esc")

    /// Seconds to build the state of an empty, still-analysing browser and draw it.
    static func firstFrameSeconds(root: String, size: Size) -> Double {
        Stopwatch.time {
            let state = AppState(
                corpus: .empty(root: root), size: size,
                analysis: .running(done: 0, total: 0, stage: "discovering"))
            var buffer = CellBuffer(size: size)
            Screen.draw(state, on: &buffer)
            return buffer
        }.seconds
    }

    /// Per-frame seconds (update plus draw) of `count` scripted keys over `corpus`.
    static func frameSeconds(corpus: Corpus, size: Size, count: Int) -> [Double] {
        var state = AppState(corpus: corpus, size: size)
        var buffer = CellBuffer(size: size)
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for index in 0..<count {
            let key = script[index % script.count]
            samples.append(Stopwatch.time {
                state.update(.keyPressed(key))
                Screen.draw(state, on: &buffer)
            }.seconds)
        }
        return samples
    }
}
