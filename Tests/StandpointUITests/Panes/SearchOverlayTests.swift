import StandpointModel
import Testing
@testable import StandpointUI

@Suite struct SearchOverlayTests {
    /// After every key typed (or erased) at the prompt, the prompt lists what a
    /// search for the whole query lists, and the frame shows the count.
    @Test func typingShowsTheHitsOfTheWholeQueryAfterEveryKey() {
        var state = Fixtures.state()
        Fixtures.press("/", on: &state)
        for key in Key.sequence("c o l d Space w a r Backspace Backspace Backspace Backspace M E N T Backspace n t") {
            state.update(.keyPressed(key))
            guard case .search(let prompt) = state.overlay else {
                Issue.record("the prompt closed at \(key.name)")
                return
            }
            #expect(prompt.hits == state.corpus.search(prompt.query, limit: SearchPrompt.limit), "after \(key.name): \(prompt.query)")
            let count = prompt.hits.count
            #expect(Screen.text(state).contains("\(count) sentence\(count == 1 ? "" : "s") match."), "\(prompt.query)")
        }
        guard case .search(let prompt) = state.overlay else { return }
        #expect(prompt.query == "coldMENnt")
        #expect(prompt.hits.isEmpty)
    }

    @Test func aRareWordFoundByTypingIsTheOneInTheText() {
        var state = Fixtures.state()
        Fixtures.press("/ m i l d", on: &state)
        let text = Screen.text(state)
        #expect(text.contains("1 sentence match."))
        #expect(text.contains("The weather was mild in Brussels."))
        Fixtures.press("Enter", on: &state)
        #expect(state.selectedDocument?.id == "alpha")
    }
}
