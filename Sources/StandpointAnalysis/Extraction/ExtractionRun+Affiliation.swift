import StandpointModel

extension ExtractionRun {
    /// The entity an official with no country of their own speaks for: a
    /// person introduced by an office title ("The Foreign Secretary, Yvette
    /// Cooper", "A spokesperson for the ministry, He Yadong", "Middle East
    /// minister Hamish Falconer") speaks for the institution that title names
    /// when a recent holder was introduced by it ("China's commerce ministry
    /// said … A spokesperson for the ministry"), else for the entity of the
    /// nearest holder of the last four sentences, else for the document's
    /// main voice. Nobody whose title says they are out of office ("former",
    /// "shadow", "opposition") speaks for an entity this way, nor does anyone
    /// without an office title (analysts, scholars).
    ///
    /// - Complexity: O(k) in the tokens of the last eight sentences.
    func officialAffiliation(_ person: String, units: [Unit], at i: Int, explicitHolders: [Resolved?], mainVoice: Holder?)
        -> String?
    {
        guard let named = units[i].persons.first(where: { $0.name == person }),
            named.roles.contains(where: { lexicon.aliases.officeTitles.contains($0) }),
            !named.roles.contains(where: { lexicon.aliases.outOfOffice.contains($0) })
        else { return nil }
        let entities = lexicon.aliases.entities
        for role in named.roles.sorted() where lexicon.aliases.institutions.contains(role) {
            for j in stride(from: i - 1, through: max(0, i - 8), by: -1) {
                guard let holder = explicitHolders[j], entities.contains(holder.holder.name) else { continue }
                let subjectEnd = units[j].cues.first?.start ?? units[j].tokens.count
                if units[j].tokens[..<subjectEnd].contains(where: { $0.isWord && $0.isSpelt(as: role) }) { return holder.holder.name }
            }
        }
        return contextEntity(units: units, at: i, explicitHolders: explicitHolders, mainVoice: mainVoice)
    }

    /// The entity the text is about at sentence `i`: that of the nearest
    /// holder of the last four sentences, else the document's main voice.
    func contextEntity(units: [Unit], at i: Int, explicitHolders: [Resolved?], mainVoice: Holder?) -> String? {
        let entities = lexicon.aliases.entities
        for j in stride(from: i - 1, through: max(0, i - 4), by: -1) {
            if let holder = explicitHolders[j], entities.contains(holder.holder.name) { return holder.holder.name }
        }
        return mainVoice.flatMap { entities.contains($0.name) ? $0.name : nil }
    }
}
