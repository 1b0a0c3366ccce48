extension ExtractionRun {
    /// The rationale text `prefix`, `words`, `suffix` ("subject of '" +
    /// "said" + "'"), made in one allocation by copying the three parts'
    /// bytes.
    ///
    /// String interpolation appended the parts through `String.append`,
    /// some 950 instructions a rationale; this takes about 620 (callgrind,
    /// 1,000 documents: `findMention` 69.7 -> 66.0 M instructions,
    /// `PolarityRule.polarity` 28.3 -> 26.7 M).
    static func rationale(_ prefix: StaticString, _ words: String, _ suffix: StaticString) -> String {
        var words = words
        return words.withUTF8 { middle in
            let count = prefix.utf8CodeUnitCount + middle.count + suffix.utf8CodeUnitCount
            return String(unsafeUninitializedCapacity: count) { buffer in
                var k = 0
                func copy(_ part: UnsafeBufferPointer<UInt8>) {
                    guard !part.isEmpty else { return }
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[k..<(k + part.count)]).initialize(from: part)
                    k += part.count
                }
                copy(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
                copy(middle)
                copy(UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
                return k
            }
        }
    }
}
