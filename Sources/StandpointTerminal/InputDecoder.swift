import CNcurses
import StandpointUI

/// Turns what curses reads (a character, or a key code such as KEY_DOWN,
/// KEY_RESIZE or KEY_MOUSE) into a browser `Action`.
public enum InputDecoder {
    /// The action for a character `get_wch` returned.
    public static func action(forCharacter value: UInt32) -> Action? {
        switch value {
        case 9: return .keyPressed(.tab)
        case 10, 13: return .keyPressed(.enter)
        case 27: return .keyPressed(.escape)
        case 8, 127: return .keyPressed(.backspace)
        case 1...26:
            return .keyPressed(.control(Character(Unicode.Scalar(UInt8(value + 0x60)))))
        default:
            guard value >= 32, let scalar = Unicode.Scalar(value) else { return nil }
            return .keyPressed(.character(Character(scalar)))
        }
    }

    /// The action for a key code `get_wch` returned (with KEY_CODE_YES);
    /// `terminalSize` and `mouse` are asked only for KEY_RESIZE and KEY_MOUSE.
    public static func action(
        forKeyCode code: Int32, terminalSize: () -> Size, mouse: () -> MouseReport?
    ) -> Action? {
        switch code {
        case KEY_UP: return .keyPressed(.up)
        case KEY_DOWN: return .keyPressed(.down)
        case KEY_LEFT: return .keyPressed(.left)
        case KEY_RIGHT: return .keyPressed(.right)
        case KEY_NPAGE: return .keyPressed(.pageDown)
        case KEY_PPAGE: return .keyPressed(.pageUp)
        case KEY_HOME: return .keyPressed(.home)
        case KEY_END: return .keyPressed(.end)
        case KEY_BTAB: return .keyPressed(.backTab)
        case KEY_BACKSPACE: return .keyPressed(.backspace)
        case KEY_DC: return .keyPressed(.delete)
        case KEY_ENTER: return .keyPressed(.enter)
        case KEY_RESIZE: return .resized(terminalSize())
        case KEY_MOUSE:
            guard let report = mouse() else { return nil }
            switch report.button {
            case .left: return .mouseClicked(column: report.column, row: report.row)
            case .wheelUp: return .wheelScrolled(lines: -3, column: report.column, row: report.row)
            case .wheelDown: return .wheelScrolled(lines: 3, column: report.column, row: report.row)
            }
        default: return nil
        }
    }

    /// A mouse event worth acting on.
    public struct MouseReport: Hashable, Sendable {
        public enum Button: Hashable, Sendable { case left, wheelUp, wheelDown }
        public let button: Button
        public let column: Int
        public let row: Int

        public init(button: Button, column: Int, row: Int) {
            self.button = button
            self.column = column
            self.row = row
        }
    }

    /// Reads the pending mouse event from curses.
    static func readMouse() -> MouseReport? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let button: MouseReport.Button
        if state & (cn_button1_pressed() | cn_button1_clicked()) != 0 {
            button = .left
        } else if state & cn_button4_pressed() != 0 {
            button = .wheelUp
        } else if state & cn_button5_pressed() != 0 {
            button = .wheelDown
        } else {
            return nil
        }
        return MouseReport(button: button, column: Int(event.x), row: Int(event.y))
    }

    /// Waits up to the session's input timeout for one key and decodes it.
    static func read() -> Action? {
        var character: wint_t = 0
        let result = wget_wch(cn_stdscr(), &character)
        if result == OK { return action(forCharacter: UInt32(character)) }
        if result == KEY_CODE_YES {
            return action(
                forKeyCode: Int32(character),
                terminalSize: { Size(columns: Int(cn_cols()), rows: Int(cn_lines())) },
                mouse: readMouse)
        }
        return nil
    }
}
