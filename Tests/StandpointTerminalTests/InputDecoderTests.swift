import CNcurses
import Testing
@testable import StandpointTerminal
@testable import StandpointUI

@Suite struct InputDecoderTests {
    private func key(_ value: UInt32) -> Key? {
        if case .keyPressed(let key)? = InputDecoder.action(forCharacter: value) { return key }
        return nil
    }

    @Test func decodesCharactersAndControlKeys() {
        #expect(key(9) == .tab)
        #expect(key(13) == .enter)
        #expect(key(10) == .enter)
        #expect(key(27) == .escape)
        #expect(key(127) == .backspace)
        #expect(key(4) == .control("d"))
        #expect(key(21) == .control("u"))
        #expect(key(UInt32(("j" as Unicode.Scalar).value)) == .character("j"))
        #expect(key(0x5317) == .character("北"))
    }

    @Test func decodesKeyCodesResizeAndMouse() {
        let size = Size(columns: 80, rows: 24)
        func decode(_ code: Int32, mouse: InputDecoder.MouseReport? = nil) -> Action? {
            InputDecoder.action(forKeyCode: code, terminalSize: { size }, mouse: { mouse })
        }
        if case .keyPressed(.backTab)? = decode(KEY_BTAB) {} else { Issue.record("KEY_BTAB") }
        if case .keyPressed(.pageDown)? = decode(KEY_NPAGE) {} else { Issue.record("KEY_NPAGE") }
        if case .resized(let newSize)? = decode(KEY_RESIZE) { #expect(newSize == size) } else { Issue.record("KEY_RESIZE") }
        if case .mouseClicked(let column, let row)? = decode(KEY_MOUSE, mouse: .init(button: .left, column: 5, row: 7)) {
            #expect(column == 5 && row == 7)
        } else {
            Issue.record("click")
        }
        if case .wheelScrolled(let lines, _, _)? = decode(KEY_MOUSE, mouse: .init(button: .wheelUp, column: 1, row: 1)) {
            #expect(lines < 0)
        } else {
            Issue.record("wheel")
        }
        #expect(decode(KEY_MOUSE) == nil)
    }
}
