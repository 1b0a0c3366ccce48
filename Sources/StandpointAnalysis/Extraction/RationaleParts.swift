/// A rationale's text kept in its parts until it is needed: a fixed text,
/// or a rule's words around a cue's ("subject of '" + "said" + "'"), and
/// what resolving the holder added after them ("…, carried over").
///
/// How a point's holder was found is kept so until the point is made: the
/// points' pool (`StringPool.intern(_:)`) mostly holds the text already,
/// and hands back its copy without the text being made: making every
/// rule's text in `findMention`, only for the pool to drop it, cost some
/// 620 instructions a sentence and its release after (callgrind, 1,000
/// documents: 7 M instructions for 11,200 texts). Polarity rules make
/// their texts at once (`text`).
struct RationaleParts: ExpressibleByStringLiteral {
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
    static func += (rationale: inout RationaleParts, addition: String) {
        rationale.addition += addition
    }

    /// The text, made in one allocation by copying the parts' bytes.
    ///
    /// String interpolation appended the parts through `String.append`,
    /// some 950 instructions a rationale; this takes about 620 (callgrind,
    /// 1,000 documents: `findMention` 69.7 -> 66.0 M instructions,
    /// `PolarityRule.polarity` 28.3 -> 26.7 M).
    var text: String { withParts { $0.joined() } }

    /// The bytes of the four parts, in order.
    struct Parts {
        let prefix, words, suffix, addition: UnsafeBufferPointer<UInt8>

        /// The number of bytes of all four.
        var count: Int { prefix.count + words.count + suffix.count + addition.count }

        /// The four parts' bytes as one string.
        func joined() -> String {
            String(unsafeUninitializedCapacity: count) { buffer in
                var k = 0
                func copy(_ part: UnsafeBufferPointer<UInt8>) {
                    guard !part.isEmpty else { return }
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[k..<(k + part.count)]).initialize(from: part)
                    k += part.count
                }
                copy(prefix)
                copy(words)
                copy(suffix)
                copy(addition)
                return k
            }
        }
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
