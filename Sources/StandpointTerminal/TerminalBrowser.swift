import CNcurses
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
    ///
    /// `perform` carries out the research effects (saves, the note editor)
    /// that an update queued, right after that update; what it reports back
    /// is applied at once.
    public static func run(
        _ state: inout AppState, inbox: ActionInbox, session: TerminalSession,
        perform: (ResearchEffect) -> [Action] = { _ in [] }
    ) -> Outcome {
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
                apply(action, to: &state, perform: perform)
                needsDrawing = true
            }
            if needsDrawing {
                var canvas = CursesCanvas(size: state.size, palette: session.palette)
                Screen.draw(state, on: &canvas)
                canvas.present()
                needsDrawing = false
            }
            if let action = InputDecoder.read() {
                if case .keyPressed(let key) = action, state.keyMap.command(for: key) == .redraw {
                    clearok(cn_stdscr(), true)
                }
                apply(action, to: &state, perform: perform)
                needsDrawing = true
            }
        }
        return .quit
    }

    /// Updates the state, then performs the effects the update queued (and
    /// what they report back), so each change is saved before the next key.
    static func apply(_ action: Action, to state: inout AppState, perform: (ResearchEffect) -> [Action]) {
        var pending = [action]
        while !pending.isEmpty {
            state.update(pending.removeFirst())
            for effect in state.research.takeEffects() { pending += perform(effect) }
        }
    }
}
