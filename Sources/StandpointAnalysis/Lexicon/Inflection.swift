/// A light English verb inflector for the cue lexicon: from a base form it
/// makes the third person, past and -ing forms, so that the lexicon lists
/// "urge" once and still matches "urges", "urged" and "urging".
enum Inflection {
    /// The base form and its regular inflections.
    static func forms(of base: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var result = [base]
        guard let last = base.last else { return result }
        let beforeLast = base.dropLast().last
        // third person
        if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch")
            || base.hasSuffix("sh")
        {
            result.append(base + "es")
        } else if last == "y", let beforeLast, !vowels.contains(beforeLast) {
            result.append(base.dropLast() + "ies")
        } else {
            result.append(base + "s")
        }
        // past
        if last == "e" {
            result.append(base + "d")
        } else if last == "y", let beforeLast, !vowels.contains(beforeLast) {
            result.append(base.dropLast() + "ied")
        } else {
            result.append(base + "ed")
        }
        // -ing
        if last == "e" && !base.hasSuffix("ee") {
            result.append(base.dropLast() + "ing")
        } else {
            result.append(base + "ing")
        }
        return result
    }
}
