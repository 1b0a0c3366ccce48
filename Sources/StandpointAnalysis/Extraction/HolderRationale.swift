/// How a point's holder was found ("subject of 'said'", "speaker of the
/// quotation, carried over"), kept in its parts until the point is made:
/// a fixed text or a rule's words around a cue's, and what resolving the
/// holder added after them.
///
/// The points' pool (`StringPool.intern(_:)`) mostly holds the text
/// already, and hands back its copy without the text being made: making
/// every rule's text in `findMention`, only for the pool to drop it, cost
/// some 620 instructions a sentence and its release after (callgrind, 1,000
/// documents: 7 M instructions for 11,200 texts).
struct HolderRationale: ExpressibleByStringLiteral {
    let prefix: StaticString
    /// The cue's words between `prefix` and `suffix`, or a fixed rationale's text.
    let words: String
    let suffix: StaticString
    /// What resolving the holder added ("…, carried over").
    private(set) var addition = ""

    /// The rationale `prefix`, `words`, `suffix` ("subject of '" + "said" + "'").
    init(_ prefix: StaticString, _ words: String, _ suffix: StaticString) {
        self.prefix = prefix
        self.words = words
        self.suffix = suffix
    }

    /// A fixed rationale ("speaker of the quotation"), kept as its `String`
    /// (`words`), which the pool compares at once with its own copy, the
    /// same literal.
    init(stringLiteral text: String) {
        self.init("", text, "")
    }

    /// Whether the rationale is one string as it is: fixed, with nothing added.
    var isWhole: Bool { prefix.utf8CodeUnitCount == 0 && suffix.utf8CodeUnitCount == 0 && addition.isEmpty }

    /// Adds `addition` after the rationale ("…, carried over").
    static func += (rationale: inout HolderRationale, addition: String) {
        rationale.addition += addition
    }

    /// The bytes of the four parts, in order.
    struct Parts {
        let prefix, words, suffix, addition: UnsafeBufferPointer<UInt8>

        /// The number of bytes of all four.
        var count: Int { prefix.count + words.count + suffix.count + addition.count }
    }

    /// Calls `body` with the bytes of the parts.
    func withParts<R>(_ body: (Parts) -> R) -> R {
        var words = words
        var addition = addition
        return words.withUTF8 { words in
            addition.withUTF8 { addition in
                body(
                    Parts(
                        prefix: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount), words: words,
                        suffix: UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount), addition: addition))
            }
        }
    }
}
