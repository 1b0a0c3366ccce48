import StandpointModel

/// Transcripts of briefings and interviews: a line that opens with a speaker
/// label ("SPOKESPERSON:", "MR MILLER:", "Official Spokesperson, Shri
/// Randhir Jaiswal:", "QUESTION:", "Q:") starts a turn that lasts until the
/// next label. The labelled speaker holds what the turn says in the first
/// person ("We do not support …") or with no holder of its own; a
/// journalist's turn ("QUESTION:", or any turn that ends in a question
/// mark) asks and takes no position, so it yields no points.
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

    /// Marks as questions the labelled turns that end in a question mark,
    /// whatever their label ("AFP:", "CCTV:", "Reuters:" in a ministry's
    /// transcript): a spokesperson answers, a journalist ends by asking.
    func markQuestionTurns(_ units: inout [Unit]) {
        var start: Int?
        func close(_ end: Int, _ units: inout [Unit]) {
            guard let from = start, end > from, units[from].turnSpeaker != nil,
                let last = units[end - 1].tokens.last(where: { $0.kind == .stop || $0.isWord }),
                last.kind == .stop, bytes[last.start] == UInt8(ascii: "?")
            else { return }
            for i in from..<end {
                units[i].isQuestionTurn = true
                units[i].turnSpeaker = nil
            }
        }
        for i in units.indices where units[i].opensTurn {
            close(i, &units)
            start = i
        }
        close(units.count, &units)
    }
}
