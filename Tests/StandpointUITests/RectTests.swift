import Testing
@testable import StandpointUI

@Suite struct RectTests {
    @Test func containsOnlyItsOwnCells() {
        let rect = Rect(x: 2, y: 1, width: 3, height: 2)
        #expect(rect.contains(column: 2, row: 1))
        #expect(rect.contains(column: 4, row: 2))
        #expect(!rect.contains(column: 5, row: 2))
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
    }
}
