/// A key press, decoded from the terminal (or parsed from a name such as
/// `C-d` in the key map and in `standpoint screen --keys`).
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case enter, tab, backTab, escape, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end

    private static let names: [(String, Key)] = [
        ("Enter", .enter), ("Tab", .tab), ("S-Tab", .backTab), ("Esc", .escape),
        ("Backspace", .backspace), ("Delete", .delete), ("Up", .up), ("Down", .down),
        ("Left", .left), ("Right", .right), ("PgUp", .pageUp), ("PgDn", .pageDown),
        ("Home", .home), ("End", .end), ("Space", .character(" ")),
    ]

    /// Parses a key name: a single character, `C-x` for Control-x, or one of
    /// Enter, Tab, S-Tab, Esc, Backspace, Delete, Up, Down, Left, Right, PgUp,
    /// PgDn, Home, End, Space.
    public init?(name: String) {
        if let named = Self.names.first(where: { $0.0 == name }) {
            self = named.1
        } else if name.count == 3, name.hasPrefix("C-"), let letter = name.last, letter.isLetter {
            self = .control(Character(letter.lowercased()))
        } else if name.count == 1, let character = name.first {
            self = .character(character)
        } else {
            return nil
        }
    }

    /// The name `init(name:)` reads, as shown in help.
    public var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "C-\(letter)"
        default: return Self.names.first(where: { $0.1 == self })?.0 ?? "?"
        }
    }

    /// Parses a list of key names separated by spaces; a word that is no key
    /// name is typed character by character (so `/ NATO Enter` searches).
    public static func sequence(_ text: String) -> [Key] {
        text.split(separator: " ").flatMap { word -> [Key] in
            if let key = Key(name: String(word)) { return [key] }
            return word.map { Key.character($0) }
        }
    }
}
