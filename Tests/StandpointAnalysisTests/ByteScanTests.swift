import Testing
@testable import StandpointAnalysis

/// The word-at-a-time and filtered byte scans of segmenting and tokenising
/// give exactly what the plain byte-by-byte definitions give, on random text
/// built from the bytes the rules care about.
@Suite struct ByteScanTests {
    /// A small deterministic generator (xorshift), so that failures repeat.
    struct Random {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    /// Pieces that exercise spaces, capitals, punctuation, curly quotes and dashes, no-break spaces and other non-ASCII.
    static let pieces = [
        "a", "B", "z", "Q", "0", "9", "_", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "’", "‘", "“", "”", "—", "–", "…",
        "é", "É", "北", ".", "!", "?", ",", "'", "-", "\u{7F}", "\u{1}", "@", "[", "`", "{", "word", "NATO", "U.S.",
        "we’ve", "don't", "Beijing’s", "internationalisation", "ÉCONOMIE", "MixedCASEword", "EU27", "abcdefghijklmnop",
    ]

    static func randomText(_ random: inout Random, pieces: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<pieces { bytes += Array(Self.pieces[random.next(Self.pieces.count)].utf8) }
        return bytes
    }

    @Test func wordBytesAreLettersDigitsAndUnderscore() {
        for value in 0...255 {
            let b = UInt8(value)
            let expected = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
            #expect(Tokenizer.isWordByte(b) == expected, "byte \(value)")
        }
    }

    /// `BoilerplateRules.normalize` as it was written byte by byte.
    static func referenceNormalized(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var lastWasSpace = true
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var mapped: UInt8? = nil
            var length = 1
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                mapped = 0x20
            } else if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 {
                mapped = 0x20
                length = 2
            } else if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 {
                length = 3
                switch bytes[i + 2] {
                case 0x98, 0x99: mapped = UInt8(ascii: "'")
                case 0x9C, 0x9D: mapped = UInt8(ascii: "\"")
                case 0x93, 0x94: mapped = UInt8(ascii: "-")
                default: mapped = nil
                }
            } else if b >= 0x41 && b <= 0x5A {
                mapped = b + 0x20
            } else {
                mapped = b
            }
            if let mapped {
                if mapped == 0x20 {
                    if !lastWasSpace { out.append(0x20) }
                    lastWasSpace = true
                } else {
                    out.append(mapped)
                    lastWasSpace = false
                }
            } else {
                out += bytes[i..<(i + length)]
                lastWasSpace = false
            }
            i += length
        }
        while out.last == 0x20 { out.removeLast() }
        return out
    }

    @Test func normalizingEightBytesAtATimeMatchesByteByByte() {
        var random = Random(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<3_000 {
            let text = Self.randomText(&random, pieces: random.next(60))
            #expect(BoilerplateRules.normalized(text) == Self.referenceNormalized(text), "\(text)")
        }
    }

    /// Rare bytes (found by `memchr`) and filtered grams, alone and together.
    @Test func findingFragmentsByFilterMatchesPlainSearch() {
        var random = Random(state: 12_345)
        let ruleSets: [[String]] = [
            ["all rights reserved", "cookie policy", "?resize=", "&ssl=", "terms of use"],
            ["a@b", "@", "x`z{", "{word", "word[a", "nato b", "q?"],
            ["abcd", "bcdef", "ab", "x"],
            ["we’ve", "é é", "word word", "nato"],
        ]
        for ruleStrings in ruleSets {
            let rules = ruleStrings.map { Array($0.utf8) }
            let index = BoilerplateRules.FragmentIndex(rules)
            for _ in 0..<2_000 {
                var text = Self.randomText(&random, pieces: random.next(30))
                if random.next(3) == 0 {
                    let rule = rules[random.next(rules.count)]
                    let at = random.next(text.count + 1)
                    text.insert(contentsOf: rule, at: at)
                }
                let expected = rules.contains { rule in
                    rule.count <= text.count && (0...(text.count - rule.count)).contains { Array(text[$0..<($0 + rule.count)]) == rule }
                }
                let found = text.withUnsafeBufferPointer { index.occurs(in: $0) }
                #expect(found == expected, "\(ruleStrings) in \(text)")
            }
        }
    }

    /// Tokens written through a scratch buffer kept from sentence to
    /// sentence (and grown on the way) are those of a buffer of their own.
    @Test func tokensThroughScratchMatchOwnBuffer() {
        var random = Random(state: 4_242)
        let scratch = TokenScratch(capacity: 4)
        for _ in 0..<2_000 {
            let text = Self.randomText(&random, pieces: random.next(60))
            text.withUnsafeBufferPointer { bytes in
                let lower = random.next(text.count + 1)
                let range = lower..<(lower + random.next(text.count - lower + 1))
                #expect(Tokenizer.tokens(bytes, in: range, scratch: scratch) == Tokenizer.tokens(bytes, in: range), "\(text) \(range)")
            }
        }
    }

    @Test func steppingToSentenceEndsMatchesByteByByte() {
        var random = Random(state: 777)
        for _ in 0..<2_000 {
            let text = Self.randomText(&random, pieces: random.next(80))
            text.withUnsafeBufferPointer { bytes in
                let from = random.next(text.count + 1)
                let limit = random.next(text.count + 1)
                var expected = from
                while expected < limit && !SentenceSegmenter.mayEndSentence(bytes[expected]) { expected += 1 }
                #expect(SentenceSegmenter.nextCandidate(bytes, from: from, before: limit) == expected, "\(text) \(from) \(limit)")
            }
        }
    }

    @Test func sniffingBinaryEightBytesAtATimeMatchesByteByByte() {
        var random = Random(state: 99)
        let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xC3, 0xE2, 0xFF]
        for _ in 0..<3_000 {
            let printable = random.next(4) == 0 ? 0 : random.next(40)
            var sample: [UInt8] = []
            for _ in 0..<random.next(70) {
                sample.append(random.next(printable + 1) == 0 ? alphabet[random.next(alphabet.count)] : UInt8(0x20 + random.next(0x5F)))
            }
            var controls = 0
            var nul = false
            for byte in sample {
                if byte == 0 { nul = true }
                if byte == 0x7F || (byte < 0x20 && ![0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains(byte)) { controls += 1 }
            }
            #expect(TextDecoding.looksBinary(sample[...]) == (nul || controls * 10 > sample.count), "\(sample)")
        }
    }

    @Test func linesSplitAndClassifyAsCharactersDo() {
        var random = Random(state: 31_337)
        for _ in 0..<2_000 {
            let line = String(decoding: Self.randomText(&random, pieces: random.next(30)), as: UTF8.self)
            #expect(BoilerplateRules.spaceSeparated(line) == line.split(separator: " "), "\(line)")
        }
        // Scalars that join a space into a character of two: a combining
        // accent, a joiner and a spacing mark after it, a prepended sign before it.
        let joining = [" ", " ", "a", "é", "—", "\u{301}", "\u{200D}", "\u{93F}", "\u{600}", "’"]
        for _ in 0..<2_000 {
            let line = (0..<random.next(12)).map { _ in joining[random.next(joining.count)] }.joined()
            #expect(BoilerplateRules.spaceSeparated(line) == line.split(separator: " "), "\(line.unicodeScalars.map(\.value))")
        }
        let characters: [Character] = (0...127).map { Character(Unicode.Scalar(UInt8($0))) } + ["\r\n", "é", "É", "٣", "Ⅻ", "e\u{301}"]
        for character in characters {
            #expect(BoilerplateRules.isDigit(character) == character.isNumber, "\(character)")
            #expect(BoilerplateRules.isCapital(character) == character.isUppercase, "\(character)")
        }
    }

    @Test func aliasSplitsOnBytesAsCharacterSplittingDoes() {
        var random = Random(state: 2_718)
        for _ in 0..<2_000 {
            let text = String(decoding: Self.randomText(&random, pieces: random.next(30)), as: UTF8.self) + "; a;;b ;"
            for separator in [UInt8(ascii: ";"), UInt8(ascii: " ")] {
                #expect(AliasTable.split(text[...], at: separator) == text.split(separator: Character(Unicode.Scalar(separator))), "\(text)")
            }
        }
    }

    @Test func filledArraysAreTheArraysRepeatingMakes() {
        for count in [0, 1, 2, 31, 1_000] {
            #expect([Bool].filled(with: false, count: count) == Array(repeating: false, count: count))
            #expect([Int?].filled(with: nil, count: count) == [Int?](repeating: nil, count: count))
        }
    }

    @Test func wordsReadInOnePassAreTheWordsMakeWordMakes() {
        var random = Random(state: 4_242)
        for _ in 0..<2_000 {
            let text = Self.randomText(&random, pieces: random.next(40))
            text.withUnsafeBufferPointer { bytes in
                for token in Tokenizer.tokens(bytes, in: 0..<bytes.count) where token.isWord {
                    #expect(token == Tokenizer.makeWord(bytes, token.start, token.end), "\(text)")
                    var lower: [UInt8] = []
                    var k = token.start
                    while k < token.end {
                        if bytes[k] == 0xE2 && k + 2 < token.end && bytes[k + 1] == 0x80 && bytes[k + 2] == 0x99 {
                            lower.append(UInt8(ascii: "'"))
                            k += 3
                        } else {
                            lower.append(bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] + 0x20 : bytes[k])
                            k += 1
                        }
                    }
                    #expect(token.lower == String(decoding: lower, as: UTF8.self), "\(text)")
                    #expect(token.hash == WordHash.of(lower) && token.packed == PackedWord(lower), "\(text)")
                    let word = bytes[token.start..<token.end]
                    let capitals = word.filter { $0 >= 0x41 && $0 <= 0x5A }.count
                    #expect(token.isAllCaps == (capitals >= 2 && !word.contains { $0 >= 0x61 && $0 <= 0x7A }), "\(text)")
                }
            }
        }
    }
}
