//! The word-list files of `assets/`, each embedded once with the sections and tags it may hold,
//! so that every module reading a file reads the same parse of it.

use super::Source;

macro_rules! files {
    ($($(#[$doc:meta])* $name:ident = $file:literal, [$($section:literal),*], [$($tag:literal),*];)*) => {
        $(
            $(#[$doc])*
            pub static $name: Source = Source::new(
                concat!("assets/", $file),
                include_str!(concat!("../../../assets/", $file)),
                &[$($section),*],
                &[$($tag),*],
            );
        )*
        /// Every file, for the test that parses them all.
        #[cfg(test)]
        pub(super) static ALL: &[&Source] = &[$(&$name),*];
    };
}

files! {
    /// Abbreviations the sentence splitter reads, case as written.
    ABBREVIATIONS = "abbreviations.txt", ["never-final", "ambiguous"], [];
    /// News agencies and picture services.
    AGENCIES = "agencies.txt", [], [];
    /// The words around a speech verb that say who speaks.
    ATTRIBUTION = "attribution.txt", ["between", "source"], ["document", "person"];
    /// Site furniture that scrapers leave in article text.
    BOILERPLATE = "boilerplate.txt", ["inline", "teaser"], [];
    /// Weekdays, months, days named without a date, units of time, parts of the day.
    CALENDAR = "calendar.txt", ["weekday", "month", "day", "unit", "part"], [];
    /// The words that open a new clause: relative pronouns and conjunctions.
    CLAUSES = "clauses.txt", ["relative", "conjunction"], [];
    /// Countries with their adjectives, capitals and other names.
    COUNTRIES = "countries.txt", [], [];
    /// The date scanner's tense cues, licensing prepositions, names that are no dates,
    /// holidays, ordinals, the words around "the year", seasons.
    DATES = "dates.txt",
        ["past", "not-past-ed", "adjective-marker", "linking", "future", "past-plan", "defer",
         "before-month", "before-year", "not-date", "holiday", "ordinal", "this-year",
         "not-this-year", "season"], [];
    /// Nouns for a person of a nation.
    DEMONYM_NOUNS = "demonym_nouns.txt", [], [];
    /// Words that carry no content of their own, by what they are used for.
    FUNCTION_WORDS = "function_words.txt", ["function", "adverb", "when", "opener", "time"], [];
    /// The words of people's names: honorifics, particles, given names by gender.
    NAMES = "names.txt", ["honorific", "particle", "male", "female", "either", "prefix", "short"], [];
    /// Capitalised words that are never a person's name.
    NOT_NAMES = "not_names.txt", [], ["ends-name"];
    /// Number words and their values.
    NUMBERS = "numbers.txt", ["one", "cardinal", "count"], [];
    /// Nouns that introduce an organisation's name.
    ORG_NOUNS = "org_nouns.txt", [], [];
    /// Words that head an organisation's name.
    ORG_WORDS = "org_words.txt", [], [];
    /// Role words: heads (some never surnames), modifiers, relations.
    ROLES = "roles.txt", ["heads", "modifiers", "relations"], ["title"];
    /// Kinds of office and the phrases that name them.
    ROLE_CLASSES = "role_classes.txt", [], [];
    /// The reporting verbs of news writing, by who speaks, with their tags.
    SPEECH_VERBS = "speech_verbs.txt", ["person", "any", "sourcing"],
        ["participle", "base", "noun", "quoted", "neutral"];
    /// The timeline's cue words.
    TIMELINE_CUES = "timeline_cues.txt",
        ["boundary", "subordinate", "stopper", "cut", "trail", "aside", "determiner",
         "happening"], [];
    /// Forms of one happening-word.
    TIMELINE_SYNONYMS = "timeline_synonyms.txt", [], [];
}
