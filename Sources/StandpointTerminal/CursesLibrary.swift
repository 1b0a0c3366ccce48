import CNcurses

/// Facts about the ncursesw library the binary is linked against.
public enum CursesLibrary {
    /// The library's version string, e.g. "ncurses 6.4.20230625".
    public static var version: String { String(cString: curses_version()) }
}
