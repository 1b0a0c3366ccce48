/// A test of eight bytes at once, read as one number, for the byte loop of
/// title finding (`CorpusLoader.plainPrefix`), which mostly reads ASCII and
/// took a dozen instructions a byte.
///
/// The test is exact for every byte: a byte below 0x80 with its top bit
/// set is at least 0x80, so subtracting 1 from it borrows from no other
/// byte, and its top bit is then clear exactly when the byte was zero.
enum PlainASCII {
    private static let tops: UInt64 = 0x8080_8080_8080_8080

    /// Whether all eight bytes of `block` are ASCII other than the carriage
    /// return: characters of their own (`CorpusLoader.plainScalarLength`).
    @inline(__always)
    static func isPlain(_ block: UInt64) -> Bool {
        // (a carriage return XORed with carriage returns is the only zero byte)
        let returns = block ^ 0x0D0D_0D0D_0D0D_0D0D
        return block & tops == 0 && ~((returns | tops) &- 0x0101_0101_0101_0101) & tops == 0
    }
}
