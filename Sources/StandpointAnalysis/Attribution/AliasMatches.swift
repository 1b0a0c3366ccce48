/// The aliases found so far in one sentence: at each token looked up, the
/// longest alias starting there (`AliasTable.match(_:at:)`), remembered for
/// the next look-up of that token.
///
/// The holder finder (`persons(in:)`, `mention(in:range:)`) and the
/// point's terms (`PointTerms.extract`) each looked up the same sentence's
/// capitalised tokens in the alias table, at some 250 instructions a token
/// (callgrind, 1,000 documents: 155,000 look-ups, 40 M instructions; with
/// this, 88,000 and 21 M, and the whole export 1,596.1 -> 1,586.8 M).
/// Only tokens that pass the table's quick test (`AliasTable.mayMatch`)
/// are remembered, among the first 64 of a sentence, with up to four
/// aliases found, their targets as numbers: looking up every token of
/// every sentence once, before any caller asked, cost 22 M more than the
/// repeated look-ups, and keeping the aliases found in an array per
/// sentence, with the quick test inside a call made at every word, 27 M
/// more.
struct AliasMatches {
    /// The sentence's tokens, kept so that no other array can have their
    /// storage while `address` is compared with it.
    private let tokens: [Token]
    /// Where the tokens lie, and how many there are (`isOf(_:)`).
    private let address: UnsafeRawPointer?
    private let count: Int
    /// Bit `i` set where token `i` was looked up and what it starts is remembered.
    private var looked: UInt64 = 0
    /// The aliases found, `stored` of them: each its first token in the
    /// low 8 bits, the index after it in the next 24 and its target's
    /// number (`AliasTable.targets`) in the high 32.
    private var found = SIMD4<UInt64>()
    private var stored = 0

    /// No sentence.
    init() {
        tokens = []
        address = nil
        count = 0
    }

    /// The sentence `tokens`, none of its tokens looked up yet.
    init(of tokens: [Token]) {
        self.tokens = tokens
        address = tokens.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        count = tokens.count
    }

    /// Whether these are the aliases of `tokens`: the same array, not only
    /// equal tokens.
    @inline(__always)
    func isOf(_ tokens: [Token]) -> Bool {
        tokens.count == count && tokens.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) == address }
    }

    /// `aliases.match(tokens, at: i)` of a token of the sentence that
    /// passed `aliases.mayMatch(tokens, at: i)`, remembered.
    @inline(__always)
    mutating func candidate(_ tokens: [Token], at i: Int, in aliases: AliasTable) -> (target: AliasTable.Target, end: Int)? {
        if let known = known(at: i) { return known.map { (aliases.targets[Int($0.target)], $0.end) } }
        let match = aliases.matchCandidate(tokens, at: i)
        remember(match, at: i)
        return match.map { (aliases.targets[Int($0.target)], $0.end) }
    }

    /// `candidate(_:at:in:)` where remembered, without remembering it otherwise.
    @inline(__always)
    func knownCandidate(_ tokens: [Token], at i: Int, in aliases: AliasTable) -> (target: AliasTable.Target, end: Int)? {
        let match = known(at: i) ?? aliases.matchCandidate(tokens, at: i)
        return match.map { (aliases.targets[Int($0.target)], $0.end) }
    }

    /// `aliases.match(tokens, at: i)`, read where remembered when `tokens`
    /// is this sentence, looked up otherwise (and not remembered): for the
    /// look-ups made after the holder finder's, which find most of the
    /// sentence's aliases already there (`titleVoice`,
    /// `thirdPartyJudgement`, `Lexicon.subjectRegion`).
    @inline(__always)
    func match(_ tokens: [Token], at i: Int, in aliases: AliasTable) -> (target: AliasTable.Target, end: Int)? {
        guard aliases.mayMatch(tokens, at: i) else { return nil }
        return isOf(tokens) ? knownCandidate(tokens, at: i, in: aliases) : aliases.candidate(tokens, at: i)
    }

    /// What is remembered at token `i`: nil where it was not looked up,
    /// `.some(nil)` where no alias starts.
    @inline(__always)
    private func known(at i: Int) -> (target: Int32, end: Int)?? {
        guard i < 64, looked & (1 << UInt64(i)) != 0 else { return nil }
        for k in 0..<stored where Int(found[k] & 0xFF) == i {
            return .some((Int32(truncatingIfNeeded: found[k] >> 32), Int((found[k] >> 8) & 0xFF_FFFF)))
        }
        return .some(nil)
    }

    /// Remembers `match`, looked up at token `i`, where there is room.
    @inline(__always)
    private mutating func remember(_ match: (target: Int32, end: Int)?, at i: Int) {
        guard i < 64 else { return }
        if let match {
            guard stored < 4, match.end <= 0xFF_FFFF else { return }
            found[stored] = UInt64(i) | UInt64(match.end) << 8 | UInt64(UInt32(bitPattern: match.target)) << 32
            stored += 1
        }
        looked |= 1 << UInt64(i)
    }
}
