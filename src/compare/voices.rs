//! Who is quoted, by whom: every speaker's quotes counted per outlet, and each outlet's quotes
//! by the kind of source they come from (a named person, an official, an unnamed source, an
//! organisation or a document, nobody). Media researchers ask this of every story ("whose
//! voices does this outlet carry?"), and an unnamed "senior official" counts as a source of its
//! own kind, not as nobody.

use crate::analysis::lexicon;
use crate::analysis::{Analysis, Confidence, PersonKind, Quote};
use crate::corpus::Outlets;
use crate::ids::PersonId;
use foldhash::HashMap;
use serde::Serialize;

/// What kind of source a quote comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A person named in the story, without an office.
    Person,
    /// A named person with an office ("the foreign minister", "Sen."…).
    Official,
    /// People described, not named: "a spokeswoman", "officials", "two people familiar with…".
    Unnamed,
    /// An institution or a text it issued: "the ministry", "a statement".
    Organisation,
    /// No speaker found.
    Unattributed,
}

impl SourceKind {
    pub const ALL: [SourceKind; 5] = [
        SourceKind::Person,
        SourceKind::Official,
        SourceKind::Unnamed,
        SourceKind::Organisation,
        SourceKind::Unattributed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Official => "official",
            SourceKind::Unnamed => "unnamed",
            SourceKind::Organisation => "organisation",
            SourceKind::Unattributed => "unattributed",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One speaker (a person, or a source as written) with its quotes per outlet.
#[derive(Clone, Debug, Serialize)]
pub struct Voice {
    /// The person's name, the source as written, or "(no speaker)".
    pub name: String,
    #[serde(skip)]
    pub person: Option<PersonId>,
    pub kind: SourceKind,
    pub quotes: usize,
    /// Quotes per outlet, by outlet id.
    pub by_outlet: Vec<usize>,
}

/// Every voice, most quoted first, and each outlet's quotes by kind of source.
#[derive(Clone, Debug, Serialize)]
pub struct Voices {
    pub voices: Vec<Voice>,
    /// Per outlet: quotes of each [`SourceKind`], in [`SourceKind::ALL`]'s order.
    pub kinds_by_outlet: Vec<[usize; 5]>,
}

/// The kind of source of quote `q`.
pub fn kind_of(analysis: &Analysis, q: &Quote) -> SourceKind {
    if let Some(p) = q.speaker {
        let person = analysis.person(p);
        let office = person.kind == PersonKind::Actor
            && person.roles.iter().any(|r| {
                let words: Vec<String> = r.split_whitespace().map(str::to_lowercase).collect();
                let refs: Vec<&str> = words.iter().map(String::as_str).collect();
                lexicon::role_class_suffix(&refs).is_some()
            });
        return if office {
            SourceKind::Official
        } else {
            SourceKind::Person
        };
    }
    match q.speaker_text.as_deref() {
        None => SourceKind::Unattributed,
        Some(_) if q.confidence == Confidence::None => SourceKind::Unattributed,
        Some(text) if described_people(text) => SourceKind::Unnamed,
        Some(_) => SourceKind::Organisation,
    }
}

/// Whether a source as written describes people rather than naming them or an institution:
/// its head noun, the last word before what qualifies it ("people familiar with the talks",
/// "officials in the ministry"), is a noun for people.
fn described_people(text: &str) -> bool {
    const QUALIFIERS: [&str; 10] = [
        "of", "with", "familiar", "from", "in", "at", "for", "close", "who", "that",
    ];
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| !QUALIFIERS.contains(&w.to_lowercase().as_str()))
        .collect();
    let Some(head) = words.last() else {
        return false;
    };
    let lower = head.to_lowercase();
    // "Baker", "Dean": a role word capitalised after other words, or alone and singular, is
    // a surname; "Officials" opening a sentence is not.
    let capitalised = head.chars().next().is_some_and(char::is_uppercase);
    if capitalised && (words.len() > 1 || !lower.ends_with('s')) {
        return false;
    }
    lexicon::is_person_source(&lower)
}

/// Counts every quote's speaker per outlet. Linear in the quotes.
pub fn voices(analysis: &Analysis, outlets: &Outlets) -> Voices {
    let n = outlets.len();
    let mut kinds_by_outlet = vec![[0usize; 5]; n];
    let mut voices: Vec<Voice> = Vec::new();
    let mut by_key: HashMap<(Option<PersonId>, String), usize> = HashMap::default();
    for q in &analysis.quotes {
        let Some(o) = outlets.of_article(q.article) else {
            continue;
        };
        let kind = kind_of(analysis, q);
        kinds_by_outlet[o.index()][kind.index()] += 1;
        let name = match kind {
            SourceKind::Unattributed => "(no speaker)".to_string(),
            _ => analysis.speaker_name(q).unwrap_or_default().to_string(),
        };
        // A person is one voice however written; other sources by their wording.
        let key = match q.speaker {
            Some(p) => (Some(p), String::new()),
            None => (None, name.to_lowercase()),
        };
        let i = *by_key.entry(key).or_insert_with(|| {
            voices.push(Voice {
                name,
                person: q.speaker,
                kind,
                quotes: 0,
                by_outlet: vec![0; n],
            });
            voices.len() - 1
        });
        voices[i].quotes += 1;
        voices[i].by_outlet[o.index()] += 1;
    }
    voices.sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)));
    Voices {
        voices,
        kinds_by_outlet,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn described_sources_are_people_without_names() {
        assert!(described_people("a senior official"));
        assert!(described_people(
            "two people familiar with the negotiations"
        ));
        assert!(described_people("officials in the ministry"));
        assert!(described_people("a spokeswoman"));
        assert!(described_people("Witnesses"));
        assert!(!described_people("the foreign ministry"));
        assert!(!described_people("a joint statement"));
        assert!(!described_people("the Kremlin"));
        assert!(!described_people("Baker"), "a surname that is also a trade");
        assert!(
            !described_people("Judge"),
            "a role word alone and capitalised: a surname"
        );
    }
}
