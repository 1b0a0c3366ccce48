extension SIMD2 where Scalar == UInt64 {
    /// The index of the first lane set in the mask of a comparison of
    /// sixteen bytes (`SIMD16<UInt8>`), read as two words: each lane a
    /// byte of ones or of zeros, the first lowest. The mask must have a
    /// lane set. (`BoilerplateRules.normalize` and
    /// `SentenceSegmenter.nextCandidate` find the first byte of a block
    /// that they stop at so.)
    @inline(__always)
    var firstByteLane: Int {
        x != 0 ? x.trailingZeroBitCount &>> 3 : 8 &+ y.trailingZeroBitCount &>> 3
    }
}
