/// The ids of stance points: "p" and a number in decimal ("p12"), the
/// provisional ones of extraction (the sentence's number) and the final ones
/// of the corpus (the point's position).
enum PointID {
    /// "p" and `number` in decimal, as `"p\(number)"` spells it.
    ///
    /// Written digit by digit into the string's own room: made by string
    /// interpolation, each id took some 1,000 instructions (15 M of the
    /// benchmark's 1,000 documents for the final ids, under the collector's
    /// lock, and 2.8 M for the provisional ones); decoded from a buffer on
    /// the stack, ~200, many of them checking the bytes as UTF-8, which a
    /// string of up to 15 ASCII bytes made in place is not (callgrind,
    /// 1,000 documents, with `ExtractionCollector.move`'s single access:
    /// the collector's `takeIn` 24.8 -> 20.0 M, the whole run 1,849.3 ->
    /// 1,843.7 M).
    static func make(_ number: Int) -> String {
        guard number >= 0 else { return "p\(number)" }
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return String(unsafeUninitializedCapacity: digits + 1) { buffer in
            buffer[0] = UInt8(ascii: "p")
            var rest = number
            for k in stride(from: digits, to: 0, by: -1) {
                buffer[k] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return digits + 1
        }
    }
}
