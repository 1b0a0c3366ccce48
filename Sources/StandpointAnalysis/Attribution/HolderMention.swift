/// A way a sentence names (or points back to) whoever holds a position.
enum HolderMention: Sendable, Hashable {
    /// A named holder: an entity, a person with or without a known entity.
    case named(entity: String?, person: String?, surface: String)
    /// "He", "She", "His": the last person named.
    case personPronoun
    /// "They", "Their": the last holder.
    case groupPronoun
    /// "We", "Our", "I": the voice of the document or of the quote.
    case firstPerson
    /// "I", "my": the writer (a byline's author), else the voice of the document.
    case writer
    /// "The spokeswoman", "the expert": the last person named.
    case definiteRole(surface: String)
    /// "The two leaders", "both sides": the last two parties named, together.
    case jointParties
    /// "Analysts", "Observers": a group with no entity.
    case group(surface: String)
}
