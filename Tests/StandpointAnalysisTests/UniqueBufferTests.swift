import Testing
@testable import StandpointAnalysis

/// The term pool's buffer keeps what was put in it as it grows and is emptied.
@Suite struct UniqueBufferTests {
    /// Appending far past the first room keeps every element in order, and
    /// elements change in place.
    @Test func appendingPastItsRoomKeepsEveryElement() {
        var buffer = UniqueBuffer<Int32>(capacity: 2)
        for k in 0..<1_000 { buffer.append(Int32(k)) }
        buffer[10] = -10
        #expect(buffer.count == 1_000)
        #expect(buffer.capacity >= 1_000)
        #expect(buffer.array == (0..<1_000).map { $0 == 10 ? -10 : Int32($0) })
    }

    /// An emptied buffer keeps its room and starts again from nothing; one
    /// made of a repeated value holds that many.
    @Test func emptiedBufferKeepsItsRoom() {
        var buffer = UniqueBuffer<UInt8>(repeating: 7, count: 5)
        #expect(buffer.array == [7, 7, 7, 7, 7])
        let room = buffer.capacity
        buffer.removeAll()
        #expect(buffer.count == 0)
        #expect(buffer.capacity == room)
        buffer.append(1)
        #expect(buffer.array == [1])
    }
}
