//! Merging name candidates across the corpus into people. Full names group by surname
//! (a spelling skeleton, so "Zelensky" and "Zelenskyy" meet) and a compatible given name
//! ("Antony"/"Anthony"); a lone word joins the one full name it ends (or starts, for
//! surname-first names); titles never enter the name. Hash maps keyed by surname keep
//! this near-linear in the number of candidates.

mod keys;
mod person;

use super::lexicon;
use super::names::{Cand, Evidence};
use super::scan::ArticleScan;
use super::{Person, PersonKind, Sentence};
use crate::corpus::Corpus;
use crate::text::hash::{Map, Set};
use crate::text::lower::lower;
use keys::{Key, Keys};
use rayon::prelude::*;

/// A spelling key: lower case, common transliteration differences folded ("th"→"t",
/// "y"→"i", doubled letters, a final "i"), so one name's spellings share a key.
pub fn skeleton(word: &str) -> String {
    let lw = lower(word);
    let mut s = String::with_capacity(lw.len());
    for c in lw.chars() {
        let c = match lexicon::fold_accent(c) {
            'y' => 'i',
            '-' | '\'' | '’' | '.' => continue,
            c => c,
        };
        s.push(c);
    }
    let s = s
        .replace("th", "t")
        .replace("ph", "f")
        .replace("kh", "h")
        .replace("ks", "x");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    if out.len() > 4 && out.ends_with('i') {
        out.pop();
    }
    out
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// A given name written as an initial ("J." or "J").
fn is_initial(x: &str) -> bool {
    x.trim_end_matches('.').chars().count() == 1
}

/// Two different skeletons of full given names, close enough to be one name.
fn compatible_skeletons(sa: &str, sb: &str) -> bool {
    let limit = if sa.len().min(sb.len()) >= 6 { 2 } else { 1 };
    sa.len().min(sb.len()) >= 4 && edit_distance(sa, sb) <= limit
}

struct Group<'a> {
    kind: PersonKind,
    first: Option<&'a str>,
    /// The full name the group was founded on, or the longer one it has since been given.
    name: Option<&'a str>,
    /// (article, candidate index) of every mention; credits count down from u32::MAX.
    /// (u32: one pair for each of hundreds of thousands of mentions.)
    members: Vec<(u32, u32)>,
}

/// The merged people and, per article, the person of each candidate.
pub struct Merged {
    pub people: Vec<Person>,
    /// (u32, [`NO_PERSON`] for none: one slot for each of hundreds of thousands of
    /// candidates, 4 bytes rather than the 8 of an `Option<u32>`.)
    pub cand_person: Vec<Vec<u32>>,
    /// Per person: 'm' or 'f' when an honorific or the given name says so.
    pub genders: Vec<Option<char>>,
}

/// A candidate's slot in [`Merged::cand_person`] when it is no one. No corpus has that
/// many people.
const NO_PERSON: u32 = u32::MAX;

impl Merged {
    /// The person of candidate `cand` of article `article`, if any.
    pub fn person_of(&self, article: usize, cand: usize) -> Option<usize> {
        let p = self
            .cand_person
            .get(article)?
            .get(cand)
            .copied()
            .filter(|&p| p != NO_PERSON)?;
        Some(p as usize)
    }
}

/// Merges the scans of all articles.
pub fn merge<'a>(
    corpus: &'a Corpus,
    scans: &'a [ArticleScan],
    sentences: &[Sentence],
    ranges: &[std::ops::Range<usize>],
) -> Merged {
    let mut keys = Keys::new();
    let mut groups: Vec<Group<'a>> = Vec::new();
    let mut by_last: Map<Key, Vec<usize>> = Map::default();
    let mut by_first: Map<Key, Vec<usize>> = Map::default();
    let mut lone: Map<Key, usize> = Map::default();
    let mut by_letters: Map<String, usize> = Map::default();
    // (person, head of a title or role they are named with in full): "President Donald
    // Trump" gives (Donald Trump, "President").
    let mut titled: Set<(usize, Key)> = Set::default();
    let mut assign: Vec<Vec<u32>> = scans
        .iter()
        .map(|s| vec![NO_PERSON; s.cands.len()])
        .collect();

    // Words seen capitalised inside a sentence: a sentence-initial "Officials said" is a
    // name only if the word is also capitalised where capitals mean something.
    let mut mid: Set<Key> = Set::default();
    for (s, a) in scans.iter().zip(&corpus.articles) {
        let text = a.text.as_str();
        for c in &s.cands {
            if !c.sentence_initial && c.word_count(text) == 1 {
                mid.insert(keys.key(c.name(text)));
            }
        }
    }
    // 1. Full names with evidence, or whose surname alone speaks in the same article
    //    ("after Elon Musk sold stock. Musk said…").
    let mut speaking: Set<Key> = Set::default();
    for (ai, s) in scans.iter().enumerate() {
        let text = corpus.articles[ai].text.as_str();
        speaking.clear();
        speaking.extend(
            s.cands
                .iter()
                .filter(|c| c.evidence >= Evidence::Speech && !c.caption && !c.place)
                .filter(|c| c.word_count(text) == 1)
                .map(|c| keys.key(c.name(text))),
        );
        for (i, c) in s.cands.iter().enumerate() {
            if c.word_count(text) < 2 {
                continue;
            }
            // At a sentence's start any word is capitalised ("Nearby Rudavia"): there the
            // first word must be one the article never writes in lower case.
            // (The search of the whole article last: it is by far the dearest test.)
            let surname_speaks = !c.caption
                && speaking.contains(&keys.key(c.last_word(text)))
                && (!c.sentence_initial || !written_lower(text, c.first_word(text)));
            if !(surname_speaks || seed(&mut keys, &mid, text, s, i)) {
                continue;
            }
            let g = find_full(&mut keys, &groups, &by_last, &by_letters, text, c).unwrap_or_else(
                || {
                    let id = groups.len();
                    groups.push(Group {
                        kind: PersonKind::Actor,
                        first: Some(c.first_word(text)),
                        name: Some(c.name(text)),
                        members: Vec::new(),
                    });
                    by_last
                        .entry(keys.key(c.last_word(text)))
                        .or_default()
                        .push(id);
                    by_first
                        .entry(keys.key(c.first_word(text)))
                        .or_default()
                        .push(id);
                    by_letters.entry(letters(c.name(text))).or_insert(id);
                    id
                },
            );
            // Met first by the surname alone ("Ms. Fernández de la Vega"), now in full.
            if groups[g]
                .name
                .is_some_and(|n| is_surname_of(n, c.name(text)))
            {
                groups[g].first = Some(c.first_word(text));
                groups[g].name = Some(c.name(text));
            }
            groups[g].members.push((ai as u32, i as u32));
            assign[ai][i] = g as u32;
            if let Some(head) = role_head(text, c) {
                titled.insert((g, keys.key(head)));
            }
        }
    }
    // How often each person is named in full: what tells the story's main bearer of a
    // shared name (counted before lone names join, so their order does not matter).
    let named_in_full: Vec<usize> = groups.iter().map(|g| g.members.len()).collect();
    // 2. Lone names with evidence, then 3. every other candidate that matches someone.
    // The people already met in the article being merged (a set, so an article naming
    // people thousands of times stays linear).
    let mut here: Set<usize> = Set::default();
    for pass in 0..2 {
        for (ai, s) in scans.iter().enumerate() {
            here.clear();
            here.extend(
                assign[ai]
                    .iter()
                    .filter(|&&g| g != NO_PERSON)
                    .map(|&g| g as usize),
            );
            let text = corpus.articles[ai].text.as_str();
            // A surname with a title the story gives one of its bearers ("President Trump"
            // beside "first lady Melania Trump"): that bearer, before any bare surname of the
            // article is read, so that it counts as named here.
            for (i, c) in s.cands.iter().enumerate() {
                if pass == 1 || assign[ai][i] != NO_PERSON || c.word_count(text) != 1 {
                    continue;
                }
                let Some(head) = role_head(text, c).map(|h| keys.key(h)) else {
                    continue;
                };
                let Some(ids) = by_last.get(&keys.key(c.name(text))) else {
                    continue;
                };
                let mut with_title = ids.iter().filter(|&&g| titled.contains(&(g, head)));
                if let (Some(&g), None) = (with_title.next(), with_title.next()) {
                    groups[g].members.push((ai as u32, i as u32));
                    assign[ai][i] = g as u32;
                    here.insert(g);
                }
            }
            for (i, c) in s.cands.iter().enumerate() {
                if assign[ai][i] != NO_PERSON || (pass == 0) != seed(&mut keys, &mid, text, s, i) {
                    continue;
                }
                let g = if c.word_count(text) >= 2 {
                    find_full(&mut keys, &groups, &by_last, &by_letters, text, c)
                } else {
                    let key = keys.key(c.name(text));
                    let pick = |ids: Option<&Vec<usize>>| {
                        pick_holder(
                            &groups,
                            &named_in_full,
                            ids?,
                            |g| here.contains(&g),
                            c.gender(),
                        )
                    };
                    pick(by_last.get(&key))
                        .or_else(|| pick(by_first.get(&key)))
                        .or_else(|| lone.get(&key).copied())
                        .or_else(|| {
                            (pass == 0).then(|| {
                                let id = groups.len();
                                groups.push(Group {
                                    kind: PersonKind::Actor,
                                    first: None,
                                    name: None,
                                    members: Vec::new(),
                                });
                                lone.insert(key, id);
                                id
                            })
                        })
                };
                if let Some(g) = g {
                    groups[g].members.push((ai as u32, i as u32));
                    assign[ai][i] = g as u32;
                    here.insert(g);
                }
            }
        }
    }
    // Credits, by name.
    let mut credit_ids: Map<String, usize> = Map::default();
    for (ai, s) in scans.iter().enumerate() {
        for (ci, (name, _, _)) in s.credits.iter().enumerate() {
            let g = *credit_ids.entry(name.to_lowercase()).or_insert_with(|| {
                groups.push(Group {
                    kind: PersonKind::Credit,
                    first: None,
                    name: None,
                    members: Vec::new(),
                });
                groups.len() - 1
            });
            groups[g].members.push((ai as u32, u32::MAX - ci as u32));
        }
    }
    // Each person is built from their own mentions: on both cores.
    let (people, genders): (Vec<Person>, Vec<Option<char>>) = groups
        .par_iter()
        .map(|g| person::build(corpus, scans, sentences, ranges, g.kind, &g.members))
        .unzip();
    // Most mentioned first; keep the candidate map pointing at the new order.
    let mut order: Vec<usize> = (0..people.len())
        .filter(|&i| !people[i].mentions.is_empty())
        .collect();
    order.sort_by(|&a, &b| {
        people[b]
            .mentions
            .len()
            .cmp(&people[a].mentions.len())
            .then_with(|| people[a].name.cmp(&people[b].name))
    });
    let mut new_index = vec![None; people.len()];
    for (n, &o) in order.iter().enumerate() {
        new_index[o] = Some(n);
    }
    let genders = order.iter().map(|&o| genders[o]).collect();
    let mut slots: Vec<Option<Person>> = people.into_iter().map(Some).collect();
    let people = order.iter().filter_map(|&o| slots[o].take()).collect();
    for row in &mut assign {
        for a in row.iter_mut() {
            if *a != NO_PERSON {
                *a = new_index[*a as usize].map_or(NO_PERSON, |n| n as u32);
            }
        }
    }
    Merged {
        people,
        cand_person: assign,
        genders,
    }
}

/// The last word of the title or role written before candidate `c` ("President",
/// "Minister" of "Foreign Minister").
fn role_head<'a>(text: &'a str, c: &Cand) -> Option<&'a str> {
    let (start, end) = c.role()?;
    text.get(start as usize..end as usize)?.rsplit(' ').next()
}

/// Which of the people `ids` who share a name a lone mention of it means. Not one whose
/// given name says another gender than the mention's honorific ("Mrs. Trump" is not Donald);
/// the only one left, or the only one the article names; else, as reporters write a bare
/// surname for the story's main bearer of it ("Trump" beside "Melania Trump", "Kim" beside
/// his father "Kim Jong-il"), the one named in full at least twice as often as any other
/// (among those the article names, when it names several).
fn pick_holder(
    groups: &[Group],
    named_in_full: &[usize],
    ids: &[usize],
    in_article: impl Fn(usize) -> bool,
    gender: Option<char>,
) -> Option<usize> {
    let fits = |g: usize| {
        gender.is_none_or(|want| {
            groups[g]
                .first
                .and_then(|f| lexicon::given_name(&lower(f)))
                .is_none_or(|has| has == '?' || has == want)
        })
    };
    let mut fitting = ids.iter().copied().filter(|&g| fits(g)).peekable();
    let first = fitting.next()?;
    if fitting.peek().is_none() {
        return Some(first);
    }
    let fitting: Vec<usize> = std::iter::once(first).chain(fitting).collect();
    let here: Vec<usize> = fitting.iter().copied().filter(|&g| in_article(g)).collect();
    if here.len() == 1 {
        return Some(here[0]);
    }
    let among = if here.is_empty() { &fitting } else { &here };
    // The largest and the size of the runner-up, in one pass.
    let (mut top, mut top_n, mut second_n) = (among[0], 0, 0);
    for &g in among {
        let n = named_in_full[g];
        if n > top_n {
            (top, top_n, second_n) = (g, n, top_n);
        } else if n > second_n {
            second_n = n;
        }
    }
    (top_n >= 2 * second_n.max(1)).then_some(top)
}

/// Whether `word` (capitalised) also stands in `text` in lower case, as a word of its own.
fn written_lower(text: &str, word: &str) -> bool {
    let lw = lower(word);
    if super::lexicon::function_words().contains(lw.as_str()) {
        return true;
    }
    let (t, w) = (text.as_bytes(), lw.as_bytes());
    memchr::memmem::find_iter(t, w).any(|i| {
        let before = i.checked_sub(1).map(|b| t[b]);
        let after = t.get(i + w.len()).copied();
        !before.is_some_and(|b| b.is_ascii_alphanumeric())
            && !after.is_some_and(|b| b.is_ascii_alphanumeric())
    })
}

/// Whether candidate `i` of `s` starts a person by itself (rather than only joining one).
fn seed<'a>(
    keys: &mut Keys<'a>,
    mid: &Set<Key>,
    text: &'a str,
    s: &'a ArticleScan,
    i: usize,
) -> bool {
    let c = &s.cands[i];
    let lone = c.word_count(text) == 1;
    if lone
        && c.evidence == Evidence::Speech
        && c.sentence_initial
        && !mid.contains(&keys.key(c.name(text)))
    {
        return false;
    }
    if c.caption {
        c.evidence == Evidence::Strong && c.role().is_some() && !lone
    } else {
        c.evidence >= Evidence::Given
    }
}

/// The letters of a name, lower-cased, without its spaces and hyphens: "Kim Jong Un" and
/// "Kim Jong-un", "Wasserman Schultz" and "Wasserman-Schultz" are one spelling.
fn letters(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{2010}' | '\u{2011}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The person a full name belongs to: one with its surname and a compatible given name,
/// the one whose surname of several words it is, or one spelled with the same letters.
fn find_full<'a>(
    keys: &mut Keys<'a>,
    groups: &[Group<'a>],
    by_last: &Map<Key, Vec<usize>>,
    by_letters: &Map<String, usize>,
    text: &'a str,
    c: &'a Cand,
) -> Option<usize> {
    let by_surname = |keys: &mut Keys<'a>| {
        let ids = by_last.get(&keys.key(c.last_word(text)))?;
        let same = ids.iter().copied().find(|&g| {
            groups[g]
                .first
                .is_some_and(|f| keys.given_compatible(f, c.first_word(text)))
        });
        // A surname of several words written alone ("Ms. Fernández de la Vega", "Mr. López
        // Obrador") or the full name of someone met by such a surname: the one person it
        // fits.
        same.or_else(|| {
            let name = c.name(text);
            let mut fits = ids.iter().copied().filter(|&g| {
                groups[g]
                    .name
                    .is_some_and(|n| is_surname_of(name, n) || is_surname_of(n, name))
            });
            let one = fits.next()?;
            fits.next().is_none().then_some(one)
        })
    };
    by_surname(keys).or_else(|| by_letters.get(&letters(c.name(text))).copied())
}

/// `short` is the last two words or more of `full` and does not start with a given name:
/// the surname of several words of the person `full` names.
pub(super) fn is_surname_of(short: &str, full: &str) -> bool {
    let (s, f) = (short.split(' ').count(), full.split(' ').count());
    s >= 2
        && f > s
        && full.ends_with(short)
        && full.as_bytes().get(full.len() - short.len() - 1) == Some(&b' ')
        && short
            .split(' ')
            .next()
            .is_some_and(|w| lexicon::given_name(&lower(w)).is_none())
}

/// Roles as written, without repeats ("U.S. Secretary of State" = "US Secretary of
/// State") and without a role that only ends a longer one ("President" beside "Russian
/// President").
pub fn dedupe_roles(roles: Vec<String>) -> Vec<String> {
    let key = |r: &str| r.to_lowercase().replace(['.', '’'], "").replace("'s", "s");
    // Unique first, so the suffix check below runs over a few distinct roles, not over
    // every mention of a much-quoted person.
    let mut uniq = Set::default();
    let roles: Vec<String> = roles.into_iter().filter(|r| uniq.insert(key(r))).collect();
    let keys: Vec<String> = roles.iter().map(|r| key(r)).collect();
    let mut out: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (r, k) in roles.iter().zip(&keys) {
        if seen.contains(k) {
            continue;
        }
        let shorter = keys
            .iter()
            .any(|o| o.len() > k.len() && o.ends_with(&format!(" {k}")));
        if !shorter {
            seen.push(k.clone());
            out.push(r.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_fold_transliterations() {
        assert_eq!(skeleton("Zelensky"), skeleton("Zelenskyy"));
        assert_eq!(skeleton("Zelenskiy"), skeleton("Zelensky"));
        assert_eq!(skeleton("Sergey"), skeleton("Sergei"));
        assert_ne!(skeleton("Lavrov"), skeleton("Lavrova"));
    }

    #[test]
    fn given_names_match_across_spellings_and_initials() {
        let mut keys = keys::Keys::new();
        let mut given_compatible = |a, b| keys.given_compatible(a, b);
        assert!(given_compatible("Antony", "Anthony"));
        assert!(given_compatible("J.", "Janet"));
        assert!(given_compatible("Oleksiy", "Oleksii"));
        assert!(!given_compatible("Maria", "Mark"));
        assert!(!given_compatible("Dan", "Don"));
    }

    #[test]
    fn roles_deduplicate() {
        let r = dedupe_roles(vec![
            "President".into(),
            "Russian President".into(),
            "russian president".into(),
            "U.S. Secretary of State".into(),
            "US Secretary of State".into(),
        ]);
        assert_eq!(r, ["Russian President", "U.S. Secretary of State"]);
    }
}
