import Foundation

/// The key bindings, read from the `keymap.txt` resource: which keys issue
/// which command, with the help text the `?` overlay and docs/keys.md show.
/// Keeping keys as data means help cannot drift from behaviour.
public struct KeyMap: Sendable {
    /// One line of the key map.
    public struct Binding: Sendable, Hashable {
        /// The keys that issue the command.
        public let keys: [Key]
        /// What they do.
        public let command: Command
        /// One line for the help overlay.
        public let help: String
        /// A short label for the status bar, when the binding is worth one there.
        public let hint: String?
        /// The help section it belongs to.
        public let section: String
    }

    /// Why a key map could not be read.
    public struct ParseError: Error, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "keymap.txt line \(line): \(message)" }
    }

    /// Every binding, in file order.
    public let bindings: [Binding]
    private let commandsByKey: [Key: Command]

    /// Reads a key map in the format of `Resources/keymap.txt`.
    public init(parsing text: String) throws {
        var bindings: [Binding] = []
        var section = ""
        var commandsByKey: [Key: Command] = [:]
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") {
                section = String(line.dropFirst(3))
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3 else {
                throw ParseError(line: number + 1, message: "expected 'keys | command | help'")
            }
            guard let command = Command(rawValue: fields[1]) else {
                throw ParseError(line: number + 1, message: "unknown command '\(fields[1])'")
            }
            var keys: [Key] = []
            for name in fields[0].split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                guard let key = Key(name: String(name)) else {
                    throw ParseError(line: number + 1, message: "unknown key '\(name)'")
                }
                if let bound = commandsByKey[key] {
                    throw ParseError(line: number + 1, message: "key '\(name)' is already bound to \(bound.rawValue)")
                }
                commandsByKey[key] = command
                keys.append(key)
            }
            let hint = fields.count > 3 && !fields[3].isEmpty ? fields[3] : nil
            bindings.append(Binding(keys: keys, command: command, help: fields[2], hint: hint, section: section))
        }
        self.bindings = bindings
        self.commandsByKey = commandsByKey
    }

    /// The key map shipped with the browser.
    public static let standard: KeyMap = {
        guard let url = Bundle.module.url(forResource: "keymap", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("the keymap.txt resource is missing from the StandpointUI bundle") }
        do {
            return try KeyMap(parsing: text)
        } catch {
            fatalError("the bundled \(error)")
        }
    }()

    /// The command `key` issues, if it is bound.
    public func command(for key: Key) -> Command? { commandsByKey[key] }

    /// The first key bound to `command`, by name, for hints and messages.
    public func keyName(for command: Command) -> String? {
        bindings.first(where: { $0.command == command })?.keys.first?.name
    }

    /// The help sections in file order, each with its bindings.
    public var sections: [(title: String, bindings: [Binding])] {
        var result: [(title: String, bindings: [Binding])] = []
        for binding in bindings {
            if result.last?.title == binding.section {
                result[result.count - 1].bindings.append(binding)
            } else {
                result.append((binding.section, [binding]))
            }
        }
        return result
    }

    /// The key map as Markdown tables, one per section, for docs/keys.md.
    public var markdown: String {
        var text = ""
        for section in sections {
            text += "### \(section.title)\n\n| Keys | Does |\n|---|---|\n"
            for binding in section.bindings {
                let keys = binding.keys.map { "`\($0.name)`" }.joined(separator: " ")
                text += "| \(keys) | \(binding.help) |\n"
            }
            text += "\n"
        }
        return text
    }
}
