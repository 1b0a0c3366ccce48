import StandpointModel
import Testing
@testable import StandpointAnalysis

@Suite struct PolarityRuleTests {
    @Test func askingToStopSomethingOpposesIt() {
        #expect(onlyPoint("China proposes to abandon the legacy of the Cold War.")?.polarity == .oppose)
        #expect(onlyPoint("He sees this as a call to abandon the bloc legacy of the past.")?.polarity == .oppose)
        #expect(onlyPoint("Therefore, China proposes to abandon the legacy of the ‘Cold War’ with demands to revise the whole system.")?.polarity == .oppose)
        #expect(onlyPoint("Sinologist Bronislaw Vinogrodsky told Sputnik Radio that he sees this as a call to abandon the ‘bloc’ legacy of the past.")?.polarity == .oppose)
    }
}
