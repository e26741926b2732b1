//! Test helper: scores what `analyze` finds against a hand annotation.
#![allow(dead_code)]

use parallax::analysis::{Analysis, PersonKind, QuoteKind};
use parallax::corpus::Corpus;

/// A hand-annotated quote: article id, the start of its text, the speaker's full name
/// (or `None` when no person said it: an organisation or no attribution).
pub struct Said {
    pub article: &'static str,
    pub text: &'static str,
    pub speaker: Option<&'static str>,
}

pub struct Score {
    pub people_found: usize,
    pub people_expected: usize,
    pub people_correct: usize,
    pub false_people: Vec<String>,
    pub missed_people: Vec<String>,
    pub quotes_expected: usize,
    pub quotes_found: usize,
    pub speakers_right: usize,
    pub wrong: Vec<String>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        self.people_correct as f64 / self.people_found.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.people_correct as f64 / self.people_expected.max(1) as f64
    }
    pub fn speaker_accuracy(&self) -> f64 {
        self.speakers_right as f64 / self.quotes_expected.max(1) as f64
    }
    pub fn report(&self) -> String {
        format!(
            "people P={:.2} R={:.2} (false {:?}, missed {:?}); quotes found {}/{}, speaker right {}/{} = {:.2}; wrong {:#?}",
            self.precision(),
            self.recall(),
            self.false_people,
            self.missed_people,
            self.quotes_found,
            self.quotes_expected,
            self.speakers_right,
            self.quotes_expected,
            self.speaker_accuracy(),
            self.wrong
        )
    }
}

/// Scores people of `kind` (names, each expected exactly once) and the annotated quotes.
pub fn score(
    corpus: &Corpus,
    a: &Analysis,
    kind: PersonKind,
    people: &[&str],
    quotes: &[Said],
) -> Score {
    let found: Vec<&str> = a
        .people
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| p.name.as_str())
        .collect();
    let correct = people
        .iter()
        .filter(|n| found.iter().filter(|f| *f == *n).count() == 1)
        .count();
    let false_people = found
        .iter()
        .filter(|f| !people.contains(f))
        .map(|s| s.to_string())
        .collect();
    let missed_people = people
        .iter()
        .filter(|n| !found.contains(n))
        .map(|s| s.to_string())
        .collect();
    let mut quotes_found = 0;
    let mut right = 0;
    let mut wrong = Vec::new();
    for q in quotes {
        let hit = a
            .quotes
            .iter()
            .find(|f| corpus.articles[f.article].id == q.article && f.text.starts_with(q.text));
        let Some(f) = hit else {
            wrong.push(format!("[{}] not found: {}", q.article, q.text));
            continue;
        };
        quotes_found += 1;
        let got = f.speaker.map(|s| a.people[s].name.as_str());
        if got == q.speaker {
            right += 1;
        } else {
            wrong.push(format!(
                "[{}] {} -> {:?}, expected {:?}",
                q.article, q.text, got, q.speaker
            ));
        }
    }
    Score {
        people_found: found.len(),
        people_expected: people.len(),
        people_correct: correct,
        false_people,
        missed_people,
        quotes_expected: quotes.len(),
        quotes_found,
        speakers_right: right,
        wrong,
    }
}

/// The quotes found of kind full.
pub fn full_quotes(a: &Analysis) -> usize {
    a.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Full)
        .count()
}
