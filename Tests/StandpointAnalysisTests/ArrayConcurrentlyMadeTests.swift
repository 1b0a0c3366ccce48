import Testing
@testable import StandpointAnalysis

@Suite struct ArrayConcurrentlyMadeTests {
    @Test func joinedKeepsPartsInOrder() {
        // more parts than runs, some empty
        let parts: [[Int]] = (0..<100).map { k in Array((k * 10)..<(k * 10 + k % 3)) }
        #expect([Int].concurrentlyJoined(parts) == Array(parts.joined()))
    }

    @Test func joinedOfNothingIsEmpty() {
        #expect([String].concurrentlyJoined([]) == [])
        #expect([String].concurrentlyJoined([[], []]) == [])
    }

    @Test func joinedKeepsReferencedElements() {
        let parts = [["a", "bb"], [], [String(repeating: "long ", count: 10)]]
        #expect([String].concurrentlyJoined(parts) == Array(parts.joined()))
    }

    @Test func updateChangesEveryElementInPlace() {
        var values = (0..<1000).map { "v\($0)" }
        values.concurrentlyUpdate { i, value in value += "-\(i)" }
        #expect(values == (0..<1000).map { "v\($0)-\($0)" })
        var none: [Int] = []
        none.concurrentlyUpdate { _, value in value += 1 }
        #expect(none == [])
    }
}
