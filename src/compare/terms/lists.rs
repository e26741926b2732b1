//! The word lists the features need, from assets/: stop words (the function words and
//! adverbs, the neutral reporting verbs, titles' abbreviations), number words and the
//! calendar's date words, merged into one table so that classifying a word costs one hash
//! lookup.

use crate::text::hash::Map;
use crate::text::lexicon::{CALENDAR, Entry, FUNCTION_WORDS, NAMES, NUMBERS, SPEECH_VERBS};
use std::sync::LazyLock;

/// What a listed word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Stop,
    /// A number word and its digits.
    Number(&'static str),
    /// A day or month word and its canonical form; `needs_capital` for names of days and months
    /// ("May" is a month, "may" is not); `stop` when the word is also a stop word.
    Date {
        canonical: &'static str,
        needs_capital: bool,
        stop: bool,
    },
}

/// The honorifics written as abbreviations ("Mr.", "Sen."), lower case, without the period.
static TITLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    NAMES
        .list()
        .section("honorific")
        .iter()
        .filter_map(|e| e.key().strip_suffix('.'))
        .filter(|t| !t.contains(' '))
        .map(str::to_lowercase)
        .collect()
});

/// A date word of the calendar, lower case.
struct DateWord {
    word: String,
    /// The full name an abbreviation stands for.
    canonical: String,
    /// Day and month names count only when capitalised, as English writes them ("may",
    /// "march" and "sat" are ordinary words).
    needs_capital: bool,
}

/// The words that name a day or a month, or a day without a date ("today", "weekend"): the
/// calendar's weekdays and months with their abbreviations, and its days.
static DATE_WORDS: LazyLock<Vec<DateWord>> = LazyLock::new(|| {
    let cal = CALENDAR.list();
    let mut words = Vec::new();
    for e in cal.section("weekday").iter().chain(cal.section("month")) {
        for w in std::iter::once(e.key()).chain(e.forms()) {
            words.push(DateWord {
                word: w.to_lowercase(),
                canonical: e.key().to_lowercase(),
                needs_capital: true,
            });
        }
    }
    for e in cal.section("day") {
        words.push(DateWord {
            word: e.key().to_lowercase(),
            canonical: e.key().to_lowercase(),
            needs_capital: false,
        });
    }
    words
});

static TABLE: LazyLock<Map<&'static str, Class>> = LazyLock::new(|| {
    let mut table = Map::default();
    let function = FUNCTION_WORDS.list();
    for e in function
        .section("function")
        .iter()
        .chain(function.section("adverb"))
    {
        table.insert(e.key(), Class::Stop);
    }
    // A title's abbreviation ("Mr.", "Sen.", the word before its period) is no content.
    let titles: &'static [String] = &TITLES;
    for t in titles {
        table.insert(t.as_str(), Class::Stop);
    }
    // The reporting verbs every news sentence carries say nothing about what is reported; one
    // that is also a noun ("claims", "states") does, as a noun.
    let speech = SPEECH_VERBS.list();
    let stop = |e: &&Entry| speech.has_tag(e, "neutral") && !speech.has_tag(e, "noun");
    for e in speech.entries().filter(stop) {
        table.insert(e.key(), Class::Stop);
    }
    let numbers = NUMBERS.list();
    for e in numbers
        .section("cardinal")
        .iter()
        .chain(numbers.section("count"))
    {
        if let Some(digits) = e.column(0) {
            table.insert(e.key(), Class::Number(digits));
        }
    }
    let dates: &'static [DateWord] = &DATE_WORDS;
    for d in dates {
        let stop = table.get(d.word.as_str()) == Some(&Class::Stop);
        table.insert(
            d.word.as_str(),
            Class::Date {
                canonical: d.canonical.as_str(),
                needs_capital: d.needs_capital,
                stop,
            },
        );
    }
    table
});

/// The class of a lowercase word, if it is on a list.
pub fn class_of(lower: &str) -> Option<Class> {
    TABLE.get(lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_overlap_sensibly() {
        assert_eq!(class_of("the"), Some(Class::Stop));
        assert_eq!(class_of("twelve"), Some(Class::Number("12")));
        assert!(matches!(
            class_of("may"),
            Some(Class::Date { stop: true, .. })
        ));
        assert!(matches!(
            class_of("tues"),
            Some(Class::Date {
                canonical: "tuesday",
                ..
            })
        ));
        assert_eq!(class_of("harbour"), None);
    }
}
