//! The word lists the features need, from assets/: stop words, number words and date words,
//! merged into one table so that classifying a word costs one hash lookup.

use crate::text::hash::Map;
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

/// Parses a word list: one entry a line, `#` comments, blank lines ignored.
fn entries(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect())
}

static TABLE: LazyLock<Map<&'static str, Class>> = LazyLock::new(|| {
    let mut table = Map::default();
    for e in entries(include_str!("../../../assets/stopwords.txt")) {
        if let Some(&w) = e.first() {
            table.insert(w, Class::Stop);
        }
    }
    for e in entries(include_str!("../../../assets/number_words.txt")) {
        if let [w, digits, ..] = e[..] {
            table.insert(w, Class::Number(digits));
        }
    }
    for e in entries(include_str!("../../../assets/date_words.txt")) {
        if let [w, canonical, case, ..] = e[..] {
            let stop = table.get(w) == Some(&Class::Stop);
            let needs_capital = case != "any";
            table.insert(
                w,
                Class::Date {
                    canonical,
                    needs_capital,
                    stop,
                },
            );
        }
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
