import Testing
@testable import StandpointAnalysis

/// The collector's fast paths against the plain versions they stand for.
@Suite struct ExtractionCollectorTests {
    @Test func pointIDsAreTheInterpolatedIDs() {
        let numbers = Array(0...2_000) + [9_999, 10_000, 99_999, 100_000, 150_259, 1_000_000, 123_456_789, Int.max]
        for number in numbers {
            #expect(ExtractionCollector.pointID(number) == "p\(number)")
        }
    }
}
