import Testing
@testable import StandpointAnalysis

@Suite struct ThemeTableTests {
    let table = ThemeTable.shared

    /// The names of the themes the one point of `text` joins.
    func themes(_ text: String) -> [String] {
        let lexicon = Lexicon.shared
        return table.matches(PointTerms(Substring(text), lexicon: lexicon), text: Substring(text)).map { table.themes[$0.theme].name }
    }

    @Test func everyLineOfThemesTxtHasContentWords() {
        #expect(table.problems == [])
        #expect(table.themes.count >= 20)
    }

    @Test func differentWordingsNameOneTheme() {
        #expect(themes("Washington should abandon its zero-sum thinking.") == ["Cold War mentality"])
        #expect(themes("The West must discard the Cold War mindset.") == ["Cold War mentality"])
        #expect(themes("The parties should resolve their disputes peacefully.") == ["Dialogue and negotiation"])
        #expect(themes("Beijing calls for talks and negotiations.") == ["Dialogue and negotiation"])
        #expect(themes("Moscow warned against the eastward enlargement of the alliance.") == ["Alliance expansion"])
    }

    @Test func onePointCanJoinSeveralThemes() {
        let found = themes("China opposes hegemony and promotes a multipolar world.")
        #expect(found.contains("Hegemony and unilateralism"))
        #expect(found.contains("A multipolar world"))
    }

    @Test func commonWordsAloneNameNoTheme() {
        #expect(themes("Security in the region must improve.") == [])
        #expect(themes("Food security in Africa must improve.") == ["Food security and grain exports"])
        #expect(themes("The ministry rejected the claims contained in the report.") == [])
        #expect(themes("The government must do more to protect the world order.") == [])
        #expect(themes("Moscow must not cut diplomatic relations with its neighbours.") == [])
        #expect(themes("Both sides should seek a diplomatic solution.") == ["Dialogue and negotiation"])
    }

    @Test func issuesOfOtherVoicesHaveThemes() {
        #expect(themes("Those responsible for these crimes must be held to account.").contains("Accountability and war crimes"))
        #expect(themes("Russia must withdraw all its troops from the territory of Ukraine.") == ["Sovereignty and territorial integrity"])
        #expect(themes("The EU adopted a new package of sanctions against Moscow.") == ["Sanctions and coercive measures"])
        #expect(themes("China has become a decisive enabler of Russia's war.").contains("Support for Russia's war effort"))
        #expect(themes("Any ceasefire must not freeze the conflict.") == ["Ceasefire"])
        #expect(!themes("Talks must take into account the realities on the ground.").contains("Accountability and war crimes"))
    }

    @Test func aPeriodNamedAfterTheColdWarIsNoMindset() {
        #expect(!themes("NATO's expansion after the Cold War failed to make Europe secure.").contains("Cold War mentality"))
        #expect(themes("NATO must abandon its Cold War mentality.") == ["Cold War mentality"])
    }

    @Test func aCueVerbUsedAsANounAfterAnAdjectiveStillNamesItsTheme() {
        // "caution" is a cue verb ("cautioned that"), but a noun after "the necessary"
        #expect(themes("All sides should exercise the necessary caution.") == ["Restraint and de-escalation"])
        #expect(themes("Both parties must show the utmost restraint.") == ["Restraint and de-escalation"])
    }

    @Test func aPassiveCueLeavesTheClaimInItsSubject() {
        #expect(themes("Unilateral sanctions were strongly condemned by Beijing.") == ["Sanctions and coercive measures"])
        #expect(themes("The sanctions envoy has condemned the attack on the hospital.") == [])
    }

    @Test func theAttributionDoesNotNameTheTheme() {
        // "sanctions" names who speaks here (the sanctions envoy), not what is claimed
        #expect(!themes("The sanctions envoy urged both sides to protect civilians.").contains("Sanctions and coercive measures"))
    }
}

extension ThemeTableTests {
    /// The "unless" phrases of themes.txt, as written.
    var unlessPhrases: [String] {
        ResourceFile.sections("themes").values.joined().filter { $0.hasPrefix("unless:") }.map {
            $0.dropFirst("unless:".count).trimmingCharacters(in: .whitespaces)
        }
    }

    /// Whether the plain search (every token of the text) finds an "unless" phrase in `text`.
    func hasUnlessPhrase(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
            return tokens.indices.contains { table.unless.match(tokens, at: $0) != nil }
        }
    }

    @Test func theUnlessFilterPassesEveryTextThatHasAnUnlessPhrase() {
        let allThemes = table.themes.indices.map { Int32($0) }
        #expect(!unlessPhrases.isEmpty)
        var texts = [
            "Beijing calls for talks and negotiations.",
            "Sovereignty must be respected, the minister said.",
            "NATO must abandon its Cold War mentality.",
            "The Cold War ended long ago, yet the bloc mentality lives on.",
        ]
        for phrase in unlessPhrases {
            texts += [
                phrase, "Since then, \(phrase.uppercased()) has changed little.", "\(phrase.capitalized) and sovereignty.",
                "Russia’s view: " + phrase.replacingOccurrences(of: "'", with: "’") + ", they said.",
            ]
        }
        for text in texts {
            let found = hasUnlessPhrase(text)
            #expect(!found || table.unlessFilter.mayContain(phrasesOf: allThemes, Substring(text)), "\(text)")
        }
        #expect(texts.filter(hasUnlessPhrase).count >= unlessPhrases.count)
        #expect(!table.unlessFilter.mayContain(phrasesOf: allThemes, "Beijing calls for talks and negotiations."))
    }

    @Test func equalSurfaceListsShareOneArray() {
        var lists = ThemeTable.SurfaceLists()
        func take(_ words: [String], hash: UInt64) -> [String] {
            lists.words = words
            return lists.take(hash: hash)
        }
        func address(_ list: [String]) -> UnsafeRawPointer? { list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        let first = take(["talks"], hash: 1)
        let second = take(["talks"], hash: 1)
        #expect(first == ["talks"] && second == ["talks"])
        #expect(address(first) == address(second))
        // another list in the same slot takes its place, and is itself
        #expect(take(["Talks"], hash: 1) == ["Talks"])
        #expect(take(["talks", "dialogue"], hash: 1) == ["talks", "dialogue"])
        #expect(lists.words.isEmpty)
    }
}
