import CNcurses

extension TerminalSession {
    /// Gives the terminal to another program (the note editor) for the
    /// duration of `body`, then takes it back and repaints everything.
    public func suspended<T>(_ body: () throws -> T) rethrows -> T {
        _ = curs_set(1)
        endwin()
        cn_flush_stdout()
        defer {
            _ = refresh()
            _ = curs_set(0)
            clearok(cn_stdscr(), true)
        }
        return try body()
    }
}
