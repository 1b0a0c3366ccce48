import CNcurses
import Foundation
import StandpointUI

/// Owns the terminal while the browser runs: sets it up (UTF-8 locale,
/// cbreak, no echo, keypad, mouse, colours unless NO_COLOR) and guarantees
/// it is restored, on `close()`, on SIGINT, SIGTERM and SIGHUP (which the main
/// loop sees through `receivedSignal` and leaves through the normal path),
/// and, as a last resort, when the process crashes.
public final class TerminalSession {
    /// Why the terminal could not be set up.
    public struct SetupError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The palette for the canvas.
    public let palette: ColorPalette
    private let signals: SignalWatch
    private var isOpen = true

    /// Takes over the terminal. `useColor` is false for NO_COLOR.
    ///
    /// - Throws: `SetupError` when the terminal cannot be initialised (e.g. an unknown TERM).
    public init(useColor: Bool) throws {
        Self.chooseUTF8Locale()
        signals = SignalWatch(signals: [SIGINT, SIGTERM, SIGHUP])
        guard cn_newterm_stdio() != nil else {
            signals.stop()
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            throw SetupError(description: "cannot drive this terminal (TERM=\(term)); try TERM=xterm-256color, or use `standpoint export`")
        }
        Self.installCrashRestore()
        cbreak()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        _ = curs_set(0)
        set_escdelay(100)
        wtimeout(cn_stdscr(), 50)
        mouseinterval(0)
        _ = mousemask(cn_all_mouse_events(), nil)
        var colors = false
        if useColor && has_colors() {
            colors = start_color() == OK
            if colors { use_default_colors() }
        }
        palette = ColorPalette(usesColor: colors)
    }

    deinit { close() }

    /// The terminal's current size.
    public var size: Size { Size(columns: Int(cn_cols()), rows: Int(cn_lines())) }

    /// The signal (SIGINT, SIGTERM, SIGHUP) that asked the browser to stop, if any.
    public var receivedSignal: Int32? { signals.received }

    /// Gives the terminal back as it was: cursor shown, echo on, alternate screen left.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        _ = curs_set(1)
        _ = mousemask(0, nil)
        endwin()
        cn_flush_stdout()
        signals.stop()
    }

    /// ncursesw writes UTF-8 only under a UTF-8 locale: use the user's, else C.UTF-8.
    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    /// On a crash signal, restore the terminal before the default action runs,
    /// so a bug never leaves the user's shell in raw mode.
    private static func installCrashRestore() {
        for crash in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(crash) { number in
                endwin()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}

/// Catches termination signals without killing the process: each is ignored
/// at the C level and observed through a dispatch source, which records it
/// for the main loop to act on at its next tick.
final class SignalWatch: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private var signalNumber: Int32?
    private let lock = NSLock()
    private let watched: [Int32]

    init(signals: [Int32]) {
        watched = signals
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.record(number) }
            source.resume()
            sources.append(source)
        }
    }

    var received: Int32? { lock.withLock { signalNumber } }

    private func record(_ number: Int32) {
        lock.withLock { if signalNumber == nil { signalNumber = number } }
    }

    func stop() {
        for source in sources { source.cancel() }
        sources.removeAll()
        for number in watched { signal(number, SIG_DFL) }
    }
}
