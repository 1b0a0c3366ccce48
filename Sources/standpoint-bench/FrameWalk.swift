import StandpointModel
import StandpointUI

/// The browser's frames, drawn headlessly into a `CellBuffer` through the same
/// code the terminal uses: every frame of a scripted walk over all panes (the
/// first frame, drawn while the analysis runs, is `BrowserStart`'s).
enum FrameWalk {
    /// A walk that visits every pane and the jumps a researcher uses most,
    /// repeated until it has pressed `count` keys.
    static let script = Key.sequence(
        "j j j Enter j j Enter 4 j Enter b ] ] [ f Tab j Tab j Tab C-d C-u G g 2 PgDn PgUp 3 k 1 G k k Enter c j Enter Esc Esc a j Esc")

    /// The keys whose frames took longest in `samples` (as `frameSeconds`
    /// returns them): each key's slowest frame, slowest first.
    static func slowestKeys(_ samples: [Double], count: Int) -> [SizeReport.KeyTime] {
        var slowest: [String: Double] = [:]
        for (index, seconds) in samples.enumerated() {
            let name = script[index % script.count].name
            slowest[name] = max(slowest[name] ?? 0, seconds)
        }
        return slowest.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count).map { SizeReport.KeyTime(key: $0.key, seconds: $0.value) }
    }

    /// Per-frame seconds (update plus draw) of `count` scripted keys over
    /// `corpus`: wall time, and the CPU time of the thread that drew (which
    /// a loaded machine does not inflate).
    static func frameSeconds(corpus: Corpus, size: Size, count: Int) -> (wall: [Double], cpu: [Double]) {
        var state = AppState(corpus: corpus, size: size)
        var buffer = CellBuffer(size: size)
        var wall: [Double] = []
        var cpu: [Double] = []
        wall.reserveCapacity(count)
        cpu.reserveCapacity(count)
        for index in 0..<count {
            let key = script[index % script.count]
            let cpuStart = ThreadClock.now()
            wall.append(Stopwatch.time {
                state.update(.keyPressed(key))
                Screen.draw(state, on: &buffer)
            }.seconds)
            cpu.append(ThreadClock.now() - cpuStart)
        }
        return (wall, cpu)
    }

    /// Per-key seconds (update plus draw) of typing each of `queries` at the
    /// `/` prompt, one character at a time, as a researcher searches: every
    /// key searches again for the query typed so far.
    static func typingSeconds(corpus: Corpus, size: Size, queries: [String]) -> [Double] {
        var state = AppState(corpus: corpus, size: size)
        var buffer = CellBuffer(size: size)
        var samples: [Double] = []
        for query in queries {
            state.update(.keyPressed(.character("/")))
            for character in query {
                samples.append(Stopwatch.time {
                    state.update(.keyPressed(.character(character)))
                    Screen.draw(state, on: &buffer)
                }.seconds)
            }
            state.update(.keyPressed(.escape))
        }
        return samples
    }
}
