@testable import StandpointAnalysis

extension DocumentTerms.Builder {
    /// Adds each of `texts` as a point of its own, tokenized and matched
    /// against `lexicon` as the extractor does, with spans from the text's start.
    mutating func add(texts: [Substring], lexicon: Lexicon = .shared) {
        for text in texts {
            var copy = text
            copy.withUTF8 { bytes in
                let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
                add(
                    text: text, tokens: tokens, aliases: AliasMatches(of: tokens), cues: lexicon.cues(in: tokens),
                    mask: lexicon.contrastMask(tokens), base: 0, lexicon: lexicon)
            }
        }
    }
}
