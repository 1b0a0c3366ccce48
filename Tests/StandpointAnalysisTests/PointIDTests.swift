import Testing
@testable import StandpointAnalysis

/// Point ids written on the stack against the ids interpolation spells.
@Suite struct PointIDTests {
    @Test func pointIDsAreTheInterpolatedIDs() {
        let numbers = Array(0...2_000) + [9_999, 10_000, 99_999, 100_000, 150_259, 1_000_000, 123_456_789, Int.max, -1, -42]
        for number in numbers {
            #expect(PointID.make(number) == "p\(number)")
        }
    }
}
