import StandpointModel

/// Transcripts of briefings and interviews: a line that opens with a speaker
/// label ("SPOKESPERSON:", "MR MILLER:", "Official Spokesperson, Shri
/// Randhir Jaiswal:", "QUESTION:", "Q:") starts a turn that lasts until the
/// next label. The labelled speaker holds what the turn says in the first
/// person ("We do not support …") or with no holder of its own; a
/// journalist's turn asks and takes no position, so it yields no points.
extension ExtractionRun {
    /// What a speaker label says about the turn it opens.
    enum TurnLabel {
        /// A journalist's question ("QUESTION:", "Q:").
        case question
        /// A speaker who holds what the turn says.
        case speaker(HolderMention)
        /// A label that names no one ("Note:"): the previous turn ends.
        case unnamed
    }

    /// First words of a label that marks a question from the floor.
    static let questionLabels: WordSet = [
        "question", "questions", "q", "questioner", "journalist", "reporter", "correspondent", "audience",
        "participant", "moderator", "interviewer",
    ]

    /// The label at the start of a sentence that opens a line, if it has one:
    /// at most eight capitalised words (commas and the full stop of "Mr."
    /// allowed) before a colon.
    mutating func turnLabel(_ tokens: [Token], range: ByteRange) -> TurnLabel? {
        guard range.start == 0 || bytes[..<range.start].last(where: { $0 != 0x20 && $0 != 0x09 }) == 0x0A else { return nil }
        guard let colon = tokens.prefix(10).firstIndex(where: { $0.kind == .clauseMark }), colon > 0,
            bytes[tokens[colon].start] == UInt8(ascii: ":")
        else { return nil }
        var words = 0
        for token in tokens[..<colon] {
            switch token.kind {
            case .word:
                guard token.isCapitalized || token.isAllCaps else { return nil }
                words += 1
            case .comma, .stop:
                continue
            default:
                return nil
            }
        }
        guard words >= 1 && words <= 8, let first = tokens.first(where: \.isWord) else { return nil }
        if Self.questionLabels.contains(first) { return .question }
        return finder.mention(in: tokens, range: 0..<colon).map { .speaker($0) } ?? .unnamed
    }
}
