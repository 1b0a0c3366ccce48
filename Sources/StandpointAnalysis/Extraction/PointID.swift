/// The ids of stance points: "p" and a number in decimal ("p12"), the
/// provisional ones of extraction (the sentence's number) and the final ones
/// of the corpus (the point's position).
enum PointID {
    /// "p" and `number` in decimal, as `"p\(number)"` spells it.
    ///
    /// Written digit by digit into a buffer on the stack: made by string
    /// interpolation, each id took some 1,000 instructions (15 M of the
    /// benchmark's 1,000 documents for the final ids, under the collector's
    /// lock, and 2.8 M for the provisional ones).
    static func make(_ number: Int) -> String {
        guard number >= 0 else { return "p\(number)" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = buffer.count
            var rest = number
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            start -= 1
            buffer[start] = UInt8(ascii: "p")
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
