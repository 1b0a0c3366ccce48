import StandpointModel

/// A one-line text editor drawn as an overlay: the holder to set (with
/// completion from known holders), a note, a trail's new name. Typing edits
/// the line, Tab completes, Enter confirms, Esc cancels.
public struct LinePrompt: Hashable, Sendable {
    /// What the typed line is for.
    public enum Purpose: Hashable, Sendable {
        /// The holder of the point at the anchor.
        case holder(PointAnchor)
        /// A research note on a point or document.
        case note(NoteTarget)
        /// The presenter note of step `index` of the current trail.
        case stepNote(Int)
        /// A new name for the current trail.
        case trailName
        /// The name of a trail to open (made when new).
        case openTrail
    }

    /// What the line is for.
    public let purpose: Purpose
    /// The question shown before the line ("Holder").
    public let title: String
    /// The line typed so far.
    public var text: String
    /// Values Tab can complete to (known holders), in the order offered.
    public let candidates: [String]

    /// Most completions listed under the line.
    public static let completionLimit = 8

    public init(purpose: Purpose, title: String, text: String = "", candidates: [String] = []) {
        self.purpose = purpose
        self.title = title
        self.text = text
        self.candidates = candidates
    }

    /// Candidates starting with the typed text (ignoring case), then those containing it.
    ///
    /// - Complexity: O(c) for c candidates.
    public var matches: [String] {
        guard !candidates.isEmpty else { return [] }
        let typed = text.lowercased()
        guard !typed.isEmpty else { return Array(candidates.prefix(Self.completionLimit)) }
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(typed) }
        let containing = candidates.filter { !$0.lowercased().hasPrefix(typed) && $0.lowercased().contains(typed) }
        return Array((prefixed + containing).prefix(Self.completionLimit))
    }

    /// Adds a typed character (control characters are ignored).
    public mutating func insert(_ character: Character) {
        guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return }
        text.append(character)
    }

    /// Removes the last character.
    public mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }

    /// Completes to the first match, or to the next one when the line is already a match.
    public mutating func complete() {
        let options = candidates.isEmpty ? [] : (candidates.contains(text) ? candidates : matches)
        guard !options.isEmpty else { return }
        if let current = options.firstIndex(of: text) {
            text = options[(current + 1) % options.count]
        } else {
            text = options[0]
        }
    }
}
