import Foundation

/// The text of a Markdown document with the syntax taken out, as a reader
/// of the rendered page would read it.
///
/// - Headings, paragraphs, list items and quotes become paragraphs separated
///   by a blank line; the soft line breaks inside a paragraph become spaces,
///   so a sentence wrapped over lines stays one sentence.
/// - Emphasis marks, code-span backticks and escapes are removed; links keep
///   their text, images their alt text, autolinks their address.
/// - Fenced and indented code blocks are kept as they are, line by line.
/// - YAML front matter, link reference definitions, thematic breaks and
///   table rulers are dropped; a front-matter `title:` or the first heading
///   is the title.
///
/// Everything is a forward scan over lines and characters with no recursion,
/// so nesting depth costs nothing.
enum MarkdownText {
    /// The title (first heading, or front-matter title) and the text.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func extract(_ markdown: String) -> (title: String?, text: String) {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var title: String?
        if let first = lines.first, first.trimmingSpaces() == "---" {
            if let close = lines.dropFirst().prefix(200).firstIndex(where: { $0.trimmingSpaces() == "---" || $0.trimmingSpaces() == "..." }) {
                for line in lines[lines.startIndex..<close] where line.hasPrefix("title:") {
                    let value = line.dropFirst("title:".count).trimmingSpaces()
                    title = String(value.trimmingCharacters(in: ["\"", "'"]))
                }
                lines = lines[(close + 1)...]
            }
        }
        var builder = Builder()
        builder.title = title?.isEmpty == false ? title : nil
        for line in lines { builder.add(line) }
        builder.flushParagraph()
        return (builder.title, builder.blocks.joined(separator: "\n\n"))
    }

    private struct Builder {
        var blocks: [String] = []
        var title: String?
        var paragraph: [Substring] = []
        var fence: (marker: Character, length: Int)?
        var code: [Substring] = []
        var indentedCode: [Substring] = []

        mutating func add(_ rawLine: Substring) {
            if let open = fence {
                if isFence(rawLine, closing: open) {
                    blocks.append(code.joined(separator: "\n"))
                    code = []
                    fence = nil
                } else {
                    code.append(rawLine)
                }
                return
            }
            if paragraph.isEmpty, let content = indentedCodeLine(rawLine) {
                indentedCode.append(content)
                return
            }
            if !indentedCode.isEmpty {
                if rawLine.trimmingSpaces().isEmpty {
                    indentedCode.append("")
                    return
                }
                flushIndentedCode()
            }
            var line = rawLine.trimmingLeadingSpaces(upTo: 3)
            var quoted = false
            while line.first == ">" {
                quoted = true
                line = line.dropFirst().trimmingLeadingSpaces(upTo: 1)
            }
            if quoted { line = line.trimmingLeadingSpaces(upTo: 3) }
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                flushParagraph()
                return
            }
            if let marker = fenceOpening(line) {
                flushParagraph()
                fence = marker
                return
            }
            if let heading = atxHeading(trimmed) {
                flushParagraph()
                addHeading(heading)
                return
            }
            if !paragraph.isEmpty, isSetextUnderline(trimmed) {
                let heading = paragraph.joined(separator: " ")
                paragraph = []
                addHeading(Substring(heading))
                return
            }
            if isThematicBreak(trimmed) || isTableRuler(trimmed) || isReferenceDefinition(trimmed) {
                flushParagraph()
                return
            }
            if let item = listItem(trimmed) {
                flushParagraph()
                paragraph.append(item)
                return
            }
            paragraph.append(trimmed)
        }

        mutating func addHeading(_ heading: Substring) {
            let text = MarkdownInline.strip(heading)
            guard !text.isEmpty else { return }
            if title == nil { title = text }
            blocks.append(text)
        }

        mutating func flushParagraph() {
            if fence != nil && !code.isEmpty {
                blocks.append(code.joined(separator: "\n"))
                code = []
            }
            flushIndentedCode()
            guard !paragraph.isEmpty else { return }
            let text = MarkdownInline.strip(Substring(paragraph.joined(separator: " ")))
            if !text.isEmpty { blocks.append(text) }
            paragraph = []
        }

        mutating func flushIndentedCode() {
            while indentedCode.last?.isEmpty == true { indentedCode.removeLast() }
            if !indentedCode.isEmpty { blocks.append(indentedCode.joined(separator: "\n")) }
            indentedCode = []
        }

        func indentedCodeLine(_ line: Substring) -> Substring? {
            if line.hasPrefix("\t") { return line.dropFirst() }
            guard line.hasPrefix("    "), !line.trimmingSpaces().isEmpty else { return nil }
            return line.dropFirst(4)
        }

        func fenceOpening(_ line: Substring) -> (marker: Character, length: Int)? {
            guard let marker = line.first, marker == "`" || marker == "~" else { return nil }
            let length = line.prefix(while: { $0 == marker }).count
            guard length >= 3 else { return nil }
            if marker == "`" && line.dropFirst(length).contains("`") { return nil }
            return (marker, length)
        }

        func isFence(_ rawLine: Substring, closing open: (marker: Character, length: Int)) -> Bool {
            let line = rawLine.trimmingLeadingSpaces(upTo: 3).trimmingSpaces()
            return line.count >= open.length && line.allSatisfy { $0 == open.marker }
        }

        func atxHeading(_ line: Substring) -> Substring? {
            let level = line.prefix(while: { $0 == "#" }).count
            guard (1...6).contains(level) else { return nil }
            let rest = line.dropFirst(level)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            var content = rest.trimmingSpaces()
            let closing = content.reversed().prefix(while: { $0 == "#" }).count
            if closing > 0 {
                let before = content.dropLast(closing)
                if before.isEmpty || before.last == " " || before.last == "\t" { content = before.trimmingSpaces() }
            }
            return content
        }

        func isSetextUnderline(_ line: Substring) -> Bool {
            guard let first = line.first, first == "=" || first == "-" else { return false }
            return line.allSatisfy { $0 == first }
        }

        func isThematicBreak(_ line: Substring) -> Bool {
            guard let first = line.first, first == "-" || first == "*" || first == "_" else { return false }
            let marks = line.filter { $0 != " " && $0 != "\t" }
            return marks.count >= 3 && marks.allSatisfy { $0 == first }
        }

        func isTableRuler(_ line: Substring) -> Bool {
            line.contains("-") && line.contains("|") && line.allSatisfy { "|-: \t".contains($0) }
        }

        func isReferenceDefinition(_ line: Substring) -> Bool {
            guard line.first == "[", let close = line.firstIndex(of: "]") else { return false }
            let after = line[line.index(after: close)...]
            return after.hasPrefix(":") && !line[line.index(after: line.startIndex)..<close].isEmpty
        }

        func listItem(_ line: Substring) -> Substring? {
            var rest: Substring
            if let first = line.first, first == "-" || first == "*" || first == "+" {
                rest = line.dropFirst()
            } else {
                let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
                guard (1...9).contains(digits.count) else { return nil }
                rest = line.dropFirst(digits.count)
                guard rest.first == "." || rest.first == ")" else { return nil }
                rest = rest.dropFirst()
            }
            guard rest.first == " " || rest.first == "\t" else { return nil }
            rest = rest.trimmingSpaces()
            for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) {
                rest = rest.dropFirst(box.count).trimmingSpaces()
            }
            return rest.isEmpty ? nil : rest
        }
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }

    /// Without up to `count` leading spaces.
    func trimmingLeadingSpaces(upTo count: Int) -> Substring {
        var result = self
        var removed = 0
        while removed < count, result.first == " " {
            result.removeFirst()
            removed += 1
        }
        return result
    }
}
