import StandpointUI

/// The browser's main loop on a real terminal: draw the state, wait briefly
/// for a key, apply it; between keys, apply whatever the background analysis
/// posted to the inbox. Everything curses happens on this one thread.
public enum TerminalBrowser {
    /// How the loop ended.
    public enum Outcome: Equatable, Sendable {
        /// The user quit.
        case quit
        /// A signal (SIGINT, SIGTERM, SIGHUP) stopped it.
        case signal(Int32)
    }

    /// Runs until the user quits or a signal arrives; the caller closes the session.
    public static func run(_ state: inout AppState, inbox: ActionInbox, session: TerminalSession) -> Outcome {
        state.update(.resized(session.size))
        var needsDrawing = true
        var lastTick = ContinuousClock.now
        while !state.isFinished {
            if let number = session.receivedSignal { return .signal(number) }
            if case .running = state.analysis, ContinuousClock.now - lastTick > .milliseconds(100) {
                lastTick = ContinuousClock.now
                state.update(.ticked)
                needsDrawing = true
            }
            for action in inbox.drain() {
                state.update(action)
                needsDrawing = true
            }
            if needsDrawing {
                var canvas = CursesCanvas(size: state.size, palette: session.palette)
                Screen.draw(state, on: &canvas)
                canvas.present()
                needsDrawing = false
            }
            if let action = InputDecoder.read() {
                state.update(action)
                needsDrawing = true
            }
        }
        return .quit
    }
}
