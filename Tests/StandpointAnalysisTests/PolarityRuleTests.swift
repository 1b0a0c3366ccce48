import StandpointModel
import Testing
@testable import StandpointAnalysis

/// Support or oppose: each polarity rule on hand-made sentences in several voices.
@Suite struct PolarityRuleTests {
    func polarity(_ text: String) -> Polarity? { onlyPoint(text)?.polarity }

    @Test func supportAndOpposeVerbs() {
        #expect(polarity("The EU welcomes the agreement on grain exports.") == .support)
        #expect(polarity("Russia firmly rejects the communiqué.") == .oppose)
        #expect(polarity("The State Department condemned the arrests.") == .oppose)
        #expect(polarity("NATO did not oppose the plan.") == .support)
    }

    @Test func askingToStopSomethingOpposesIt() {
        #expect(polarity("China proposes to abandon the legacy of the Cold War.") == .oppose)
        #expect(polarity("He sees this as a call to abandon the bloc legacy of the past.") == .oppose)
        #expect(polarity("The Chinese government has urged NATO to pause actions that could spark new crises.") == .oppose)
        #expect(polarity("The ministry called on Thursday for the international community to reject the policy.") == .oppose)
        #expect(polarity("We urge NATO to learn its lessons, and not to use the crisis as an excuse.") == .oppose)
        #expect(polarity("The spokeswoman urged the world to create a new security system.") == .support)
    }

    @Test func modalsWithNegationAndStopVerbs() {
        #expect(polarity("Security must not come at the expense of others.") == .oppose)
        #expect(polarity("The mentality of the Cold War should be eliminated entirely.") == .oppose)
        #expect(polarity("Arms control should not be abandoned.") == .support)
        #expect(polarity("Ukraine should serve as a bridge between East and West.") == .support)
        #expect(polarity("Zhang Jun emphasized the imperative that a nation's security must not come at others' expense.") == .oppose)
    }

    @Test func rejectedAlternativesDoNotDecide() {
        #expect(polarity("Rather than fueling the conflict, China advocates dialogue.") == .support)
        #expect(polarity("Instead of serving as a battleground, Ukraine should serve as a bridge.") == .support)
        #expect(polarity("Their message is clear: diplomacy, not military pressure, should be the guiding principle.") == .support)
        #expect(polarity("They argue that conflicts are best resolved through dialogue, not through sanctions.") == .support)
    }

    @Test func evaluationsAndTheirNegation() {
        #expect(polarity("The US plans are not just provocative, they are dangerous.") == .oppose)
        #expect(polarity("China has the best record among major countries.") == .support)
        #expect(polarity("According to the minister, we have never attacked other countries or waged unlawful wars.") == .support)
        #expect(polarity("Such expansions have not only failed to make Europe secure but sowed the seeds of conflict.") == .oppose)
    }

    @Test func contentDecidesAfterAnArguingVerb() {
        #expect(polarity("He argued that expanding military coalitions does not deliver security.") == .oppose)
        #expect(polarity("He insisted that the EU was not closing its market.") == .support)
        #expect(polarity("Moscow has never refused a political settlement.") == .support)
    }

    @Test func negatedNormsOpposeWhatTheyRuleOut() {
        #expect(polarity("There can be no impunity for war crimes.") == .oppose)
        #expect(polarity("Attacks on humanitarian workers are never acceptable.") == .oppose)
        #expect(polarity("The annexation is not acceptable to the European Union.") == .oppose)
        #expect(polarity("Japan considers the compromise acceptable.") == .support)
    }

    @Test func negativeContentAfterAnArguingVerb() {
        #expect(polarity("Critics argue that bringing Ukraine into the alliance would provoke Moscow.") == .oppose)
        #expect(polarity("Putin stressed that the Kyiv regime continues to sabotage any settlement.") == .oppose)
        #expect(polarity("The ministry argued that Russia is holding poor countries hostage.") == .oppose)
    }

    @Test func diplomaticIdiomsOfReadoutsAndBriefings() {
        #expect(polarity("There is no justification for the nuclear rhetoric.") == .oppose)
        #expect(polarity("Decoupling and severing supply chains will lead nowhere.") == .oppose)
        #expect(polarity("Tehran reserves the right to self-defence under international law.") == .support)
        #expect(polarity("France attaches great importance to its relations with China.") == .support)
    }

    @Test func concernRegretAndAppreciation() {
        #expect(polarity("Japan expressed concern about the growing number of missile launches.") == .oppose)
        #expect(polarity("Beijing lodged solemn representations with the Philippine side.") == .oppose)
        #expect(polarity("The European Union regrets the decision to suspend the talks.") == .oppose)
        #expect(polarity("India appreciates the role of the Gulf states in the talks.") == .support)
    }

    @Test func aThirdPartysWishIsJudgedByTheHoldersEvaluation() {
        #expect(polarity("Hua Chunying said that Washington is willing to sacrifice free trade to maintain its hegemony.") == .oppose)
        #expect(polarity("Zakharova noted that NATO seeks a reckless escalation of the conflict.") == .oppose)
        #expect(polarity("Hua Chunying said that China is willing to play a constructive role.") == .support)
        #expect(polarity("Blinken said that Ukraine supports the plan.") == .support)
    }

    @Test func predictionsOfFutilityOppose() {
        #expect(polarity("Sanctions alone will not resolve this conflict.") == .oppose)
        #expect(polarity("Such tariffs will never stop India's rise as a manufacturing power.") == .oppose)
        #expect(polarity("Threats will not deter the people of Taiwan.") == .oppose)
    }

    @Test func whatIsNeededIsANorm() {
        #expect(polarity("What is needed is a political solution led by the Sudanese themselves.") == .support)
        #expect(polarity("The Russian President expressed gratitude for Turkey's mediation efforts.") == .support)
    }

    @Test func sovereigntyClaimsAndProtests() {
        #expect(polarity("The Senkaku Islands are clearly an inherent part of the territory of Japan.") == .support)
        #expect(polarity("Japan has lodged a strong protest with China over the intrusion.") == .oppose)
    }

    @Test func aNegationDoesNotReachIntoALaterClause() {
        #expect(polarity("We do not believe that this reckless policy will bring security.") == .oppose)
        #expect(polarity("Moscow has not responded, but its nuclear rhetoric remains dangerous.") == .oppose)
        #expect(polarity("We have never attacked other countries, conducted unlawful wars or occupied territories.") == .support)
    }

    @Test func askingForAnEndToSomethingOpposesIt() {
        #expect(polarity("The Secretary-General called for an immediate end to the fighting in Sudan.") == .oppose)
        #expect(polarity("Tehran welcomed the lifting of sanctions on its oil exports.") == .oppose)
        #expect(polarity("The African Union called for an immediate ceasefire.") == .support)
    }

    @Test func selfDescriptionsOfPeacefulIntentSupport() {
        #expect(polarity("The Alliance is purely defensive and poses no threat to any country.") == .support)
        #expect(polarity("China has always been a peace-loving nation and a reliable partner.") == .support)
        #expect(polarity("Our bloc is not a defensive alliance at all.") == .oppose)
    }

    @Test func intensifiedCommitmentsSupport() {
        #expect(polarity("Our support for Ukraine is unwavering.") == .support)
        #expect(polarity("The commitment of the United States to the defence of Japan remains ironclad.") == .support)
    }

    @Test func askingSomeoneToRejectSomethingOpposesIt() {
        #expect(polarity("Araghchi called on the remaining parties to the agreement, China and Russia, to reject the move.") == .oppose)
        #expect(polarity("The Council reaffirmed its firm positions rejecting terrorism in all its forms.") == .oppose)
        #expect(polarity("Brazil urged the members of the bloc to denounce the coup.") == .oppose)
        #expect(polarity("Beijing calls for direct negotiations between the parties, warning against escalation.") == .support)
    }

    @Test func aStopVerbCoordinatedAfterAModalOpposes() {
        #expect(polarity("Tokyo should correct its wrong words and stop interfering in China's internal affairs.") == .oppose)
        #expect(polarity("The Japanese side must face up to history and cease its provocations.") == .oppose)
        #expect(polarity("Both sides should exercise restraint and return to talks.") == .support)
    }

    @Test func noNeedToRetractSupportsWhatWasSaid() {
        #expect(polarity("Motegi said there was no need to retract the remarks.") == .support)
    }

    @Test func aHistoricMistakeIsAMistake() {
        #expect(polarity("Excluding Europe from the talks would be a historic mistake.") == .oppose)
        #expect(polarity("The agreement is a historic achievement.") == .support)
    }

    @Test func aLegitimateTargetIsAThreat() {
        #expect(polarity("Any such deployment would make them a legitimate target.") == .oppose)
        #expect(polarity("Russia's security concerns are legitimate.") == .support)
    }

    @Test func demandingThatSomeoneStopOpposes() {
        #expect(polarity("Vietnam on Thursday demanded that China withdraw the survey vessel.") == .oppose)
        #expect(polarity("Tokyo demanded that Beijing lift the restrictions immediately.") == .oppose)
        #expect(polarity("The EU demanded that talks resume without delay.") == .support)
    }

    @Test func whatIsNotNegotiableIsInsistedOn() {
        #expect(polarity("Our sovereignty is not up for negotiation.") == .support)
        #expect(polarity("Enrichment on our own soil is non-negotiable.") == .support)
    }

    @Test func theOnlyWayBacksItsSubject() {
        #expect(polarity("Falconer said a ceasefire remained the only way to end the suffering.") == .support)
        #expect(polarity("Dialogue is essential to end the conflict.") == .support)
        #expect(polarity("It is essential to end the blockade at once.") == .oppose)
    }

    @Test func whatARemedyVerbGovernsIsNotCondemned() {
        #expect(polarity("We reaffirmed that the consensus remains our main reference to address the political crisis.") == .support)
        #expect(polarity("“The proposal is not pacifism but an effort to resolve situations without war,” the expert said.") == .support)
    }

    @Test func backingSomethingBadOpposesIt() {
        #expect(polarity("Any attempts to appease the aggressor only encourage new crimes.") == .oppose)
        #expect(polarity("The sanctions have fuelled violence across the region, the minister warned.") == .oppose)
        #expect(polarity("We call for accountability for these crimes.") == .support)
        #expect(polarity("We support the fight against terrorism.") == .support)
    }

    @Test func affirmingARejectionOpposes() {
        #expect(polarity("The Kingdom affirms its categorical rejection of the continued violations of Syria's sovereignty.") == .oppose)
        #expect(polarity("The ministry expresses the Kingdom's condemnation and denunciation of the strikes.") == .oppose)
    }

    @Test func concernedByAndNotForSale() {
        #expect(polarity("We are concerned by China's large-scale military drills around Taiwan.") == .oppose)
        #expect(polarity("“Our dignity is not for sale,” he said.") == .support)
    }

    @Test func solidarityAndOpennessSupport() {
        #expect(polarity("The spokesperson added that Berlin stood in full solidarity with Denmark.") == .support)
        #expect(polarity("She said Copenhagen was open to closer cooperation on Arctic security.") == .support)
    }
}
