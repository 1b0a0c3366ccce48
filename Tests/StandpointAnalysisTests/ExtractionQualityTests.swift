import Foundation
import StandpointModel
import Testing
@testable import StandpointAnalysis

/// Extraction measured against hand-labelled documents in voices other than
/// the seed corpus (Quality/voices, gold in Quality/voices-gold.json), the
/// way ../shared/tools/score_stance.py measures it: a point is right when its
/// text contains a gold quote; its holder is right when it names one of the
/// gold holder's aliases as whole words.
@Suite struct ExtractionQualityTests {
    static func normalized(_ text: String) -> String {
        var result = ""
        var space = false
        for scalar in text.unicodeScalars {
            let folded: Character
            switch scalar {
            case "\u{2018}", "\u{2019}": folded = "'"
            case "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}": folded = "\""
            default: folded = Character(scalar)
            }
            if folded.isWhitespace {
                space = true
                continue
            }
            if space && !result.isEmpty { result.append(" ") }
            space = false
            result.append(folded)
        }
        return result.lowercased()
    }

    static func names(_ alias: String, in holder: String) -> Bool {
        var searchRange = holder.startIndex..<holder.endIndex
        while let found = holder.range(of: alias, range: searchRange) {
            let before = found.lowerBound == holder.startIndex ? nil : holder[holder.index(before: found.lowerBound)]
            let after = found.upperBound == holder.endIndex ? nil : holder[found.upperBound]
            if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false) && !(after?.isNumber ?? false) {
                return true
            }
            searchRange = found.upperBound..<holder.endIndex
        }
        return false
    }

    @Test func pointsHoldersAndPolaritiesOfOtherVoices() throws {
        let (gold, corpus) = try QualityGold.load("voices")
        var found = 0
        var required = 0
        var holdersRight = 0
        var polaritiesRight = 0
        var polarities = 0
        for point in gold.points where !point.optional {
            required += 1
            let quote = Self.normalized(point.quote)
            guard let match = corpus.points.first(where: { $0.document == point.doc && Self.normalized($0.text).contains(quote) }) else {
                continue
            }
            found += 1
            let aliases = [point.holder.lowercased()] + (gold.holderAliases[point.holder] ?? []).map { $0.lowercased() }
            if let holder = match.holder?.name.lowercased(), aliases.contains(where: { Self.names($0, in: holder) }) {
                holdersRight += 1
            }
            if let polarity = point.polarity {
                polarities += 1
                if match.polarity.rawValue == polarity { polaritiesRight += 1 }
            }
        }
        let wrong = corpus.points.filter { point in
            !gold.points.contains { $0.doc == point.document && Self.normalized(point.text).contains(Self.normalized($0.quote)) }
        }
        let recall = Double(found) / Double(required)
        let precision = Double(corpus.points.count - wrong.count) / Double(corpus.points.count)
        #expect(recall >= 0.85, "point recall \(recall)")
        #expect(precision >= 0.9, "point precision \(precision); wrong: \(wrong.map(\.text))")
        #expect(Double(holdersRight) / Double(found) >= 0.85, "holder accuracy \(holdersRight)/\(found)")
        #expect(Double(polaritiesRight) / Double(polarities) >= 0.8, "polarity accuracy \(polaritiesRight)/\(polarities)")
    }
}
