import StandpointModel
import Testing
@testable import StandpointUI

/// The line above the cross-references says why the selected row is linked
/// while the pane has the focus, and why the point was kept otherwise.
@Suite struct CrossReferencePaneTests {
    @Test func aClaimMemberAndAnExplicitLinkSayWhyTheyAreThere() {
        var state = Fixtures.state()
        Fixtures.press("3 4", on: &state)
        #expect(Screen.text(state).contains("= same claim · both in the claim “Abandon the Cold War mentality”"))
        Fixtures.press("j", on: &state)
        #expect(Screen.text(state).contains("= same claim · score 0.81 · shared: cold, war"))
    }

    @Test func aContradictionSaysSo() {
        var state = Fixtures.state()
        Fixtures.press("j 3 j j 4", on: &state)
        #expect(state.selectedPoint?.id == "p5")
        #expect(Screen.text(state).contains("≠ contradicts · score 0.42"))
    }

    @Test func withoutTheFocusTheLineExplainsThePoint() {
        var state = Fixtures.state()
        Fixtures.press("3 4 3", on: &state)
        let text = Screen.text(state)
        #expect(text.contains("oppose · on NATO · cue “urged”"))
        #expect(!text.contains("same claim ·"))
    }
}
