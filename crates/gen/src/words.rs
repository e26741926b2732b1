//! The generator's vocabularies and templates, read once from the plain-text files under this
//! crate's `assets/` (compiled into the binary), so that prose can be edited without touching
//! code.

use super::template::Template;
use std::sync::OnceLock;

/// An invented country with its adjective and three cities (the first is the capital).
#[derive(Debug)]
pub struct Country {
    pub name: &'static str,
    pub demonym: &'static str,
    pub cities: [&'static str; 3],
}

/// A role a cast member plays: the title written before a name, the description after "the",
/// and which of the story's countries the person belongs to.
#[derive(Debug)]
pub struct RoleSpec {
    pub pre: Template,
    pub post: Template,
    pub country: Option<usize>,
}

/// Something that happens in a story, with cast indices of who does it and to whom.
#[derive(Debug)]
pub struct EventSpec {
    pub subject: usize,
    pub object: usize,
    pub noun: &'static str,
    /// Whether it can be announced in advance (talks can, a dam breach cannot).
    pub foreseen: bool,
    pub base: Template,
    pub past: Template,
    pub headline: Template,
}

/// One kind of story (a summit, an election, a flood...).
#[derive(Debug, Default)]
pub struct Kind {
    pub roles: Vec<RoleSpec>,
    pub orgs: Vec<Template>,
    pub topics: Vec<Template>,
    pub events: Vec<EventSpec>,
    pub titles: Vec<Template>,
    pub quotes: Vec<Template>,
    pub background: Vec<Template>,
    pub frags: Vec<&'static str>,
}

/// Everything the generator says, parsed.
#[derive(Debug)]
pub struct Vocab {
    /// Given names with `true` for the ones the generator treats as women's.
    pub given: Vec<(&'static str, bool)>,
    pub surnames: Vec<&'static str>,
    pub countries: Vec<Country>,
    pub outlet_places: Vec<&'static str>,
    pub outlet_brands: Vec<&'static str>,
    pub outlet_nouns: Vec<&'static str>,
    pub sections: Vec<&'static str>,
    pub agencies: Vec<&'static str>,
    pub kinds: Vec<Kind>,
    pub quotes: Vec<Template>,
    pub background: Vec<Template>,
    pub fragments: Vec<&'static str>,
    pub headings: Vec<&'static str>,
    pub teasers: Vec<&'static str>,
    pub pitches: Vec<Template>,
    pub copyrights: Vec<Template>,
    pub captions: Vec<Template>,
    pub experts: Vec<Template>,
    pub occupations: Vec<&'static str>,
}

/// The entries of a word list: trimmed lines, without blank lines and `#` comments (a line
/// starting `## ` is a section header, kept for [`sections`]).
fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && (!l.starts_with('#') || l.starts_with("## ")))
}

/// The entries of a sectioned list, grouped under their `## name` headers.
fn sections(src: &'static str) -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for line in entries(src) {
        if let Some(name) = line.strip_prefix("## ") {
            out.push((name.trim(), Vec::new()));
        } else if let Some(last) = out.last_mut() {
            last.1.push(line);
        }
    }
    out
}

fn section(src: &'static str, name: &str) -> Vec<&'static str> {
    sections(src)
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
        .unwrap_or_default()
}

fn templates<'a>(lines: impl IntoIterator<Item = &'a &'static str>) -> Vec<Template> {
    lines.into_iter().map(|l| Template::parse(l)).collect()
}

fn parse_kind(lines: &[&'static str]) -> Kind {
    let mut k = Kind::default();
    for line in lines {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        let fields: Vec<&'static str> = value.split('|').map(str::trim).collect();
        match (key, fields.as_slice()) {
            ("role", [pre, post, c]) => k.roles.push(RoleSpec {
                pre: Template::parse(pre),
                post: Template::parse(post),
                country: c.parse().ok(),
            }),
            ("event", [who, noun, base, past, headline]) => {
                let mut ids = who.split_whitespace().map(|n| n.parse().unwrap_or(0));
                let unforeseen = noun.starts_with('!');
                k.events.push(EventSpec {
                    subject: ids.next().unwrap_or(0),
                    object: ids.next().unwrap_or(1),
                    noun: noun.trim_start_matches('!'),
                    foreseen: !unforeseen,
                    base: Template::parse(base),
                    past: Template::parse(past),
                    headline: Template::parse(headline),
                });
            }
            ("org", _) => k.orgs.push(Template::parse(value)),
            ("topic", _) => k.topics.push(Template::parse(value)),
            ("title", _) => k.titles.push(Template::parse(value)),
            ("quote", _) => k.quotes.push(Template::parse(value)),
            ("bg", _) => k.background.push(Template::parse(value)),
            ("frag", _) => k.frags.push(value),
            _ => {}
        }
    }
    k
}

fn load() -> Vocab {
    let outlets = include_str!("../assets/outlets.txt");
    let furniture = include_str!("../assets/furniture.txt");
    let minor = include_str!("../assets/minor.txt");
    Vocab {
        given: entries(include_str!("../assets/given_names.txt"))
            .map(|l| match l.split_once('|') {
                Some((name, g)) => (name, g.trim() == "f"),
                None => (l, false),
            })
            .collect(),
        surnames: entries(include_str!("../assets/surnames.txt")).collect(),
        countries: entries(include_str!("../assets/countries.txt"))
            .filter_map(|l| match l.split('|').collect::<Vec<_>>().as_slice() {
                [name, demonym, a, b, c] => Some(Country {
                    name,
                    demonym,
                    cities: [a, b, c],
                }),
                _ => None,
            })
            .collect(),
        outlet_places: section(outlets, "place"),
        outlet_brands: section(outlets, "brand"),
        outlet_nouns: section(outlets, "noun"),
        sections: section(outlets, "section"),
        agencies: entries(include_str!("../assets/agencies.txt")).collect(),
        kinds: sections(include_str!("../assets/stories.txt"))
            .into_iter()
            .map(|(_, lines)| parse_kind(&lines))
            .collect(),
        quotes: templates(&entries(include_str!("../assets/quotes.txt")).collect::<Vec<_>>()),
        background: templates(
            &entries(include_str!("../assets/background.txt")).collect::<Vec<_>>(),
        ),
        fragments: entries(include_str!("../assets/fragments.txt")).collect(),
        headings: entries(include_str!("../assets/headings.txt")).collect(),
        teasers: section(furniture, "teaser"),
        pitches: templates(&section(furniture, "pitch")),
        copyrights: templates(&section(furniture, "copyright")),
        captions: templates(&entries(include_str!("../assets/captions.txt")).collect::<Vec<_>>()),
        experts: templates(&section(minor, "expert")),
        occupations: section(minor, "person"),
    }
}

/// The parsed vocabularies, loaded on first use.
pub fn vocab() -> &'static Vocab {
    static VOCAB: OnceLock<Vocab> = OnceLock::new();
    VOCAB.get_or_init(load)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::Slot;

    fn all_templates(v: &Vocab) -> Vec<&Template> {
        let mut all: Vec<&Template> = Vec::new();
        for list in [
            &v.quotes,
            &v.background,
            &v.pitches,
            &v.copyrights,
            &v.captions,
            &v.experts,
        ] {
            all.extend(list.iter());
        }
        for k in &v.kinds {
            for list in [&k.orgs, &k.topics, &k.titles, &k.quotes, &k.background] {
                all.extend(list.iter());
            }
            for r in &k.roles {
                all.extend([&r.pre, &r.post]);
            }
            for e in &k.events {
                all.extend([&e.base, &e.past, &e.headline]);
            }
        }
        all
    }

    #[test]
    fn every_asset_parses_with_known_slots_only() {
        let v = vocab();
        assert!(v.given.len() > 100 && v.given.iter().any(|g| g.1) && v.given.iter().any(|g| !g.1));
        assert!(v.surnames.len() > 200);
        assert!(v.countries.len() >= 20);
        assert!(v.kinds.len() >= 10);
        for list in [
            &v.outlet_places,
            &v.outlet_brands,
            &v.outlet_nouns,
            &v.sections,
            &v.agencies,
        ] {
            assert!(list.len() >= 5);
        }
        for list in [&v.fragments, &v.headings, &v.teasers, &v.occupations] {
            assert!(list.len() >= 5);
        }
        for t in all_templates(v) {
            assert_eq!(t.unknown_slots(), Vec::<&str>::new(), "{t:?}");
        }
    }

    #[test]
    fn every_kind_is_complete_and_its_events_name_principals() {
        for (i, k) in vocab().kinds.iter().enumerate() {
            assert!(k.roles.len() >= 6, "kind {i}: roles");
            assert!(k.orgs.len() >= 3, "kind {i}: orgs (org3 is used)");
            assert!(k.events.len() >= 5, "kind {i}: events");
            for list in [&k.topics, &k.titles, &k.quotes, &k.background] {
                assert!(list.len() >= 4, "kind {i}");
            }
            assert!(k.frags.len() >= 4, "kind {i}: frags");
            for e in &k.events {
                assert!(
                    e.subject < k.roles.len() && e.object < k.roles.len(),
                    "kind {i}: {}",
                    e.noun
                );
                // Event clauses follow the subject; the date phrase is added by the writer.
                assert!(
                    !e.past.uses(Slot::A) && !e.past.uses(Slot::When),
                    "kind {i}: {}",
                    e.noun
                );
            }
        }
    }
}
