//! Merging name candidates across the corpus into people. Full names group by surname
//! (a spelling skeleton, so "Zelensky" and "Zelenskyy" meet) and a compatible given name
//! ("Antony"/"Anthony"); a lone word joins the one full name it ends (or starts, for
//! surname-first names); titles never enter the name. Hash maps keyed by surname keep
//! this near-linear in the number of candidates.

use super::names::{Evidence, lower};
use super::scan::Scan;
use super::{Mention, Person, PersonKind, Sentence, Variant, lexicon};
use crate::corpus::Corpus;
use std::collections::{BTreeSet, HashMap};

/// A spelling key: lower case, common transliteration differences folded ("th"→"t",
/// "y"→"i", doubled letters, a final "i"), so one name's spellings share a key.
pub fn skeleton(word: &str) -> String {
    let lw = lower(word);
    let mut s = String::with_capacity(lw.len());
    for c in lw.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'y' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'š' => 's',
            'ž' => 'z',
            'č' => 'c',
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

/// Given names that can belong to one person: same skeleton, one or two letters apart,
/// or an initial of the other.
pub fn given_compatible(a: &str, b: &str) -> bool {
    let (sa, sb) = (skeleton(a), skeleton(b));
    if sa == sb {
        return true;
    }
    let initial = |x: &str| x.trim_end_matches('.').chars().count() == 1;
    if initial(a) || initial(b) {
        return sa.chars().next() == sb.chars().next();
    }
    let limit = if sa.len().min(sb.len()) >= 6 { 2 } else { 1 };
    sa.len().min(sb.len()) >= 4 && edit_distance(&sa, &sb) <= limit
}

struct Group {
    kind: PersonKind,
    first: Option<String>,
    /// (article, candidate index) of every mention; credits use usize::MAX.
    members: Vec<(usize, usize)>,
}

/// The merged people and, per article, the person of each candidate.
pub struct Merged {
    pub people: Vec<Person>,
    pub cand_person: Vec<Vec<Option<usize>>>,
    /// Per person: 'm' or 'f' when an honorific or the given name says so.
    pub genders: Vec<Option<char>>,
}

/// Merges the scans of all articles.
pub fn merge(
    corpus: &Corpus,
    scans: &[Scan],
    sentences: &[Sentence],
    ranges: &[std::ops::Range<usize>],
) -> Merged {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    let mut lone: HashMap<String, usize> = HashMap::new();
    let mut assign: Vec<Vec<Option<usize>>> =
        scans.iter().map(|s| vec![None; s.cands.len()]).collect();

    // Words seen capitalised inside a sentence: a sentence-initial "Officials said" is a
    // name only if the word is also capitalised where capitals mean something.
    let mid: std::collections::HashSet<String> = scans
        .iter()
        .flat_map(|s| {
            s.cands
                .iter()
                .filter(|c| !c.sentence_initial && c.words.len() == 1)
                .map(|c| skeleton(&c.words[0]))
        })
        .collect();
    let seed = |s: &Scan, i: usize| {
        let c = &s.cands[i];
        let p = s.places[i];
        if c.words.len() == 1
            && c.evidence == Evidence::Speech
            && c.sentence_initial
            && !mid.contains(&skeleton(&c.words[0]))
        {
            return false;
        }
        if p.caption {
            c.evidence == Evidence::Strong && c.role.is_some() && c.words.len() >= 2
        } else {
            c.evidence >= Evidence::Given
        }
    };
    // 1. Full names with evidence.
    for (ai, s) in scans.iter().enumerate() {
        for (i, c) in s.cands.iter().enumerate() {
            if c.words.len() < 2 || !seed(s, i) {
                continue;
            }
            let g = find_full(&groups, &by_last, &c.words).unwrap_or_else(|| {
                let id = groups.len();
                groups.push(Group {
                    kind: PersonKind::Actor,
                    first: Some(c.words[0].clone()),
                    members: Vec::new(),
                });
                by_last
                    .entry(skeleton(&c.words[c.words.len() - 1]))
                    .or_default()
                    .push(id);
                by_first.entry(skeleton(&c.words[0])).or_default().push(id);
                id
            });
            groups[g].members.push((ai, i));
            assign[ai][i] = Some(g);
        }
    }
    // 2. Lone names with evidence, then 3. every other candidate that matches someone.
    for pass in 0..2 {
        for (ai, s) in scans.iter().enumerate() {
            for (i, c) in s.cands.iter().enumerate() {
                if assign[ai][i].is_some() || (pass == 0) != seed(s, i) {
                    continue;
                }
                let g = if c.words.len() >= 2 {
                    find_full(&groups, &by_last, &c.words)
                } else {
                    let key = skeleton(&c.words[0]);
                    let in_article = |g: &usize| assign[ai].contains(&Some(*g));
                    let pick = |ids: Option<&Vec<usize>>| -> Option<usize> {
                        let ids = ids?;
                        if ids.len() == 1 {
                            return Some(ids[0]);
                        }
                        let here: Vec<usize> =
                            ids.iter().copied().filter(|g| in_article(g)).collect();
                        (here.len() == 1).then(|| here[0])
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
                                    members: Vec::new(),
                                });
                                lone.insert(key, id);
                                id
                            })
                        })
                };
                if let Some(g) = g {
                    groups[g].members.push((ai, i));
                    assign[ai][i] = Some(g);
                }
            }
        }
    }
    // Credits, by name.
    let mut credit_ids: HashMap<String, usize> = HashMap::new();
    for (ai, s) in scans.iter().enumerate() {
        for (ci, (name, _, _)) in s.credits.iter().enumerate() {
            let g = *credit_ids.entry(name.to_lowercase()).or_insert_with(|| {
                groups.push(Group {
                    kind: PersonKind::Credit,
                    first: None,
                    members: Vec::new(),
                });
                groups.len() - 1
            });
            groups[g].members.push((ai, usize::MAX - ci));
        }
    }
    let (people, genders): (Vec<Person>, Vec<Option<char>>) = groups
        .iter()
        .map(|g| build(corpus, scans, sentences, ranges, g))
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
            *a = a.and_then(|g| new_index[g]);
        }
    }
    Merged {
        people,
        cand_person: assign,
        genders,
    }
}

fn find_full(
    groups: &[Group],
    by_last: &HashMap<String, Vec<usize>>,
    words: &[String],
) -> Option<usize> {
    let ids = by_last.get(&skeleton(&words[words.len() - 1]))?;
    ids.iter().copied().find(|&g| {
        groups[g]
            .first
            .as_deref()
            .is_some_and(|f| given_compatible(f, &words[0]))
    })
}

/// How a form of a name is used: articles, mentions, first seen.
type FormStat = (BTreeSet<usize>, usize, usize);

fn form_of(words: &[String]) -> String {
    super::credits::title_case(&words.join(" "))
}

fn build(
    corpus: &Corpus,
    scans: &[Scan],
    sentences: &[Sentence],
    ranges: &[std::ops::Range<usize>],
    g: &Group,
) -> (Person, Option<char>) {
    // form -> (articles, count, first seen)
    let mut forms: HashMap<String, FormStat> = HashMap::new();
    let mut roles: Vec<String> = Vec::new();
    let mut mentions = Vec::new();
    let mut gender = None;
    for &(ai, ci) in &g.members {
        let text = &corpus.articles[ai].text;
        let (form, start, end) = if g.kind == PersonKind::Credit {
            let (name, s, e) = &scans[ai].credits[usize::MAX - ci];
            (name.clone(), *s, *e)
        } else {
            let c = &scans[ai].cands[ci];
            if let Some((rs, re)) = c.role
                && let Some(r) = text.get(rs..re)
            {
                roles.push(r.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            gender = gender.or(c.gender);
            (form_of(&c.words), c.start, c.end)
        };
        // First use in corpus order (article, then offset) breaks ties between forms.
        let order = (ai << 40) | start.min((1 << 40) - 1);
        let e = forms
            .entry(form)
            .or_insert_with(|| (BTreeSet::new(), 0, order));
        e.0.insert(ai);
        e.1 += 1;
        e.2 = e.2.min(order);
        let sentence = if g.kind == PersonKind::Actor && !scans[ai].places[ci].caption {
            ranges.get(ai).and_then(|r| {
                let local = &sentences[r.clone()];
                // Sentences are in text order: the last one starting at or before the name.
                let p = local.partition_point(|s| s.start <= start).checked_sub(1)?;
                (start < local[p].end.max(local[p].start + 1)).then_some(r.start + p)
            })
        } else {
            None
        };
        mentions.push(Mention {
            article: ai,
            sentence,
            start,
            end,
        });
    }
    mentions.sort_by_key(|m| (m.article, m.start));
    let mut ranked: Vec<(&String, &FormStat)> = forms.iter().collect();
    ranked.sort_by(|a, b| {
        let multi = |f: &str| f.contains(' ');
        multi(b.0)
            .cmp(&multi(a.0))
            .then(b.1.0.len().cmp(&a.1.0.len()))
            .then(b.1.1.cmp(&a.1.1))
            .then(a.1.2.cmp(&b.1.2))
    });
    let name = ranked.first().map_or_else(String::new, |f| f.0.clone());
    let aliases: Vec<String> = ranked.iter().skip(1).map(|f| f.0.clone()).collect();
    let mut variants = Vec::new();
    // Other full spellings than the name's, and lone forms other than the usual one.
    for (f, (arts, _, _)) in &ranked[1.min(ranked.len())..] {
        if f.contains(' ') {
            variants.push(Variant {
                alias: (*f).clone(),
                articles: arts.iter().copied().collect(),
            });
        }
    }
    let lone: Vec<&(&String, &FormStat)> = ranked.iter().filter(|f| !f.0.contains(' ')).collect();
    if let Some(top) = lone
        .iter()
        .max_by(|a, b| a.1.0.len().cmp(&b.1.0.len()).then(b.1.2.cmp(&a.1.2)))
    {
        for f in &lone {
            if f.0 != top.0 && f.0.to_lowercase() != top.0.to_lowercase() {
                variants.push(Variant {
                    alias: f.0.clone(),
                    articles: f.1.0.iter().copied().collect(),
                });
            }
        }
    }
    let articles: Vec<usize> = mentions
        .iter()
        .map(|m| m.article)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let gender = gender
        .or_else(|| {
            name.split(' ')
                .next()
                .and_then(|f| lexicon::given_name(&lower(f)))
        })
        .filter(|g| *g != '?');
    (
        Person {
            name,
            aliases,
            roles: dedupe_roles(roles),
            kind: g.kind,
            articles,
            mentions,
            variants,
        },
        gender,
    )
}

/// Roles as written, without repeats ("U.S. Secretary of State" = "US Secretary of
/// State") and without a role that only ends a longer one ("President" beside "Russian
/// President").
pub fn dedupe_roles(roles: Vec<String>) -> Vec<String> {
    let key = |r: &str| r.to_lowercase().replace(['.', '’'], "").replace("'s", "s");
    // Unique first, so the suffix check below runs over a few distinct roles, not over
    // every mention of a much-quoted person.
    let mut uniq = std::collections::HashSet::new();
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
