/// Turns the output of `pdftotext -layout` into running text.
///
/// - Running headers and footers (a line among the first or last two of a
///   page that repeats on at least half the pages, its numbers the same on
///   every page or counting the pages) and page
///   numbers ("7", "Page 7", "7 of 12", "- 7 -", "vii") are removed.
/// - Two columns side by side are read left column first, then right.
/// - Lines are joined into paragraphs; a paragraph ends at a blank line, at
///   an indented line, or after a short line that ends a sentence. A word
///   hyphenated at a line end is joined again.
///
/// The result has one paragraph per line and a blank line between
/// paragraphs, the form sentence segmentation expects.
enum PDFLayout {
    /// How many lines at the top and bottom of a page may be running headers or footers.
    static let marginLines = 2

    /// - Complexity: O(n · w) for n characters in lines of width w (column search).
    static func reflow(_ layout: String) -> String {
        var pages = layout.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                Array(line.unicodeScalars.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
            }
        }
        while let last = pages.last, last.allSatisfy(\.isEmpty), pages.count > 1 { pages.removeLast() }
        removeRunningLines(from: &pages)
        var lines: [LayoutLine] = []
        for page in pages {
            for segment in columnSegments(page) {
                let widths = segment.map(\.count).filter { $0 > 0 }.sorted()
                let typical = widths.isEmpty ? 0 : widths[widths.count * 4 / 5]
                let indents = segment.filter { !$0.isEmpty }.map { $0.prefix(while: { $0 == " " }).count }
                let margin = indents.min() ?? 0
                for line in segment {
                    let indent = line.prefix(while: { $0 == " " }).count
                    lines.append(LayoutLine(text: Array(line.dropFirst(indent)), indented: indent - margin >= 2, lineWidth: line.count, typicalWidth: typical))
                }
            }
        }
        return paragraphs(lines).joined(separator: "\n\n")
    }

    struct LayoutLine {
        var text: [Unicode.Scalar]
        var indented: Bool
        var lineWidth: Int
        var typicalWidth: Int
    }

    // MARK: Running headers, footers and page numbers

    static func removeRunningLines(from pages: inout [[[Unicode.Scalar]]]) {
        var occurrences: [Bool: [String: [(page: Int, numbers: [Int])]]] = [true: [:], false: [:]]
        for (p, page) in pages.enumerated() {
            for top in [true, false] {
                var seen = Set<String>()
                for index in marginIndices(page, top: top) {
                    let key = normalised(page[index])
                    guard seen.insert(key).inserted else { continue }
                    occurrences[top]![key, default: []].append((p, numbers(in: page[index])))
                }
            }
        }
        let needed = max(2, (pages.count + 1) / 2)
        var running: [Bool: Set<String>] = [true: [], false: []]
        for top in [true, false] {
            for (key, found) in occurrences[top]! where found.count >= needed && isRunning(found) {
                running[top]!.insert(key)
            }
        }
        for p in pages.indices {
            var remove = Set<Int>()
            for top in [true, false] {
                for index in marginIndices(pages[p], top: top) {
                    let line = pages[p][index]
                    if isPageNumber(line) || running[top]!.contains(normalised(line)) { remove.insert(index) }
                }
            }
            for index in remove { pages[p][index] = [] }
        }
    }

    /// True when the numbers in a recurring line are the same on every page
    /// or count the pages (a page number), as in a running header; body text
    /// that merely looks alike ("Paragraph 3", "Paragraph 17") is not.
    static func isRunning(_ found: [(page: Int, numbers: [Int])]) -> Bool {
        guard let first = found.first else { return false }
        for position in first.numbers.indices {
            let values = found.map { $0.numbers.count > position ? $0.numbers[position] : -1 }
            if Set(values).count == 1 { continue }
            let offsets = Set(zip(values, found).map { $0 - $1.page })
            if offsets.count != 1 { return false }
        }
        return true
    }

    /// The digit runs of a line as numbers (at most nine digits each).
    static func numbers(in line: [Unicode.Scalar]) -> [Int] {
        var result: [Int] = []
        var current: Int?
        var digits = 0
        for scalar in line {
            if ("0"..."9").contains(scalar) {
                if digits < 9 { current = (current ?? 0) * 10 + Int(scalar.value - 48) }
                digits += 1
            } else if let value = current {
                result.append(value)
                current = nil
                digits = 0
            }
        }
        if let current { result.append(current) }
        return result
    }

    /// Indices of the first (or last) non-empty lines of a page.
    static func marginIndices(_ page: [[Unicode.Scalar]], top: Bool) -> [Int] {
        let indices = top ? Array(page.indices) : page.indices.reversed()
        return Array(indices.lazy.filter { !page[$0].isEmpty }.prefix(marginLines))
    }

    /// Lower case, spaces collapsed, every digit run as "#".
    static func normalised(_ line: [Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in line {
            let mapped: Unicode.Scalar = ("0"..."9").contains(scalar) ? "#" : (scalar == "\t" ? " " : scalar)
            if (mapped == " " || mapped == "#") && mapped == previous { continue }
            result.append(mapped)
            previous = mapped
        }
        return String(result).lowercased().trimmingSpacesAndTabs()
    }

    /// "7", "Page 7", "page 7 of 12", "7/12", "- 7 -", "— 7 —", "vii".
    static func isPageNumber(_ line: [Unicode.Scalar]) -> Bool {
        var words = String(String.UnicodeScalarView(line)).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "–" || $0 == "—" || $0 == "|" })
        guard !words.isEmpty, words.count <= 4 else { return false }
        if words.first == "page" || words.first == "p." { words.removeFirst() }
        if words.count == 3 && (words[1] == "of" || words[1] == "/") { words.remove(at: 1) }
        if words.count == 1, words[0].contains("/") { words = words[0].split(separator: "/") }
        guard (1...2).contains(words.count) else { return false }
        return words.allSatisfy { word in
            (word.count <= 4 && word.allSatisfy { $0.isASCII && $0.isNumber })
                || (words.count == 1 && romanNumerals.contains(String(word)))
        }
    }

    /// The lower-case Roman numerals from 1 to 399, as front matter is numbered.
    static let romanNumerals: Set<String> = Set((1..<400).map { number in
        let tens = ["", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"]
        let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        return String(repeating: "c", count: number / 100) + tens[number / 10 % 10] + units[number % 10]
    })

    // MARK: Columns

    /// The page's lines in reading order, as segments: full-width runs of
    /// lines, and for a two-column run its left column then its right one.
    static func columnSegments(_ page: [[Unicode.Scalar]]) -> [[[Unicode.Scalar]]] {
        guard let gutter = gutter(of: page) else { return [page] }
        var segments: [[[Unicode.Scalar]]] = []
        var full: [[Unicode.Scalar]] = []
        var left: [[Unicode.Scalar]] = []
        var right: [[Unicode.Scalar]] = []
        func closeColumns() {
            if left.contains(where: { !$0.isEmpty }) || right.contains(where: { !$0.isEmpty }) {
                segments.append(left)
                segments.append(right)
            }
            left = []
            right = []
        }
        for line in page {
            if line.isEmpty && left.isEmpty {
                full.append(line)
            } else if fits(line, gutter: gutter) {
                if !full.isEmpty {
                    segments.append(full)
                    full = []
                }
                let cut = min(gutter, line.count)
                left.append(Array(line[..<cut].reversed().drop(while: { $0 == " " }).reversed()))
                right.append(line.count > gutter ? Array(line[gutter...]) : [])
            } else {
                closeColumns()
                full.append(line)
            }
        }
        closeColumns()
        if !full.isEmpty { segments.append(full) }
        return segments
    }

    /// A line fits a gutter when it has no text in the three columns around it.
    static func fits(_ line: [Unicode.Scalar], gutter: Int) -> Bool {
        for x in (gutter - 1)...(gutter + 1) where x < line.count && line[x] != " " { return false }
        return true
    }

    /// The column of a gap of at least three spaces that at least three
    /// lines, and at least a third of the page's lines, have with text on
    /// both sides, and that fewer lines cross than have it; nil for
    /// single-column pages.
    static func gutter(of page: [[Unicode.Scalar]]) -> Int? {
        let textLines = page.filter { !$0.isEmpty }
        let width = textLines.map(\.count).max() ?? 0
        guard textLines.count >= 3, width >= 20 else { return nil }
        var both = [Int](repeating: 0, count: width + 2)
        var crossed = [Int](repeating: 0, count: width + 2)
        for line in textLines {
            for x in 1..<min(width, line.count + 1) where (x - 1..<min(x + 2, line.count)).contains(where: { line[$0] != " " }) {
                crossed[x] += 1
            }
            guard let first = line.firstIndex(where: { $0 != " " }), let last = line.lastIndex(where: { $0 != " " }) else { continue }
            var x = first + 1
            while x < last {
                guard line[x] == " " else {
                    x += 1
                    continue
                }
                var end = x
                while end < last && line[end] == " " { end += 1 }
                if end - x >= 3 {
                    for g in (x + 1)..<(end - 1) { both[g] += 1 }
                }
                x = end
            }
        }
        var best: (x: Int, score: Int)?
        for x in max(1, width / 5)..<(width * 4 / 5) where both[x] >= 3 && both[x] * 3 >= textLines.count && crossed[x] < both[x] {
            let score = both[x] * 4 - crossed[x]
            if best == nil || score > best!.score { best = (x, score) }
        }
        return best?.x
    }

    // MARK: Paragraphs

    static func paragraphs(_ lines: [LayoutLine]) -> [String] {
        var result: [String] = []
        var current: [Unicode.Scalar] = []
        var previous: LayoutLine?
        func finish() {
            let text = collapsingSpaces(current)
            if !text.isEmpty { result.append(text) }
            current = []
        }
        for line in lines {
            if line.text.isEmpty {
                finish()
                previous = nil
                continue
            }
            if let before = previous {
                let endsSentence = before.text.last.map { ".!?:\"”".unicodeScalars.contains($0) } ?? false
                let short = before.lineWidth * 10 < before.typicalWidth * 7
                if line.indented || (short && endsSentence) {
                    finish()
                } else if let last = current.last, last == "-" || last == "\u{AD}",
                    current.count >= 2, current[current.count - 2].properties.isLowercase || current[current.count - 2].properties.isUppercase,
                    let next = line.text.first, next.properties.isLowercase
                {
                    current.removeLast()
                } else if !current.isEmpty {
                    current.append(" ")
                }
            }
            current.append(contentsOf: line.text)
            previous = line
        }
        finish()
        return result
    }

    static func collapsingSpaces(_ scalars: [Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        var previousSpace = true
        for scalar in scalars {
            let space = scalar == " " || scalar == "\t"
            if space && previousSpace { continue }
            result.append(space ? " " : scalar)
            previousSpace = space
        }
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpacesAndTabs() -> String {
        String(Substring(self).trimmingSpaces())
    }
}
