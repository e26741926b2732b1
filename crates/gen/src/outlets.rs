//! Invented outlets and their house styles: the traits that make the same story read
//! differently from one outlet to the next (quote marks, datelines, honorifics, spellings,
//! captions, furniture), which is what parallax's users compare.

use super::names::NameStyle;
use super::rng::Rng;
use super::words::Vocab;

/// How an outlet opens its first paragraph.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dateline {
    None,
    /// "March 21 (HLD) -- "
    Agency,
    /// "KORVATH, March 21 - " or "KORVATH — "
    City,
}

#[derive(Clone, Debug)]
pub struct Outlet {
    pub name: String,
    pub domain: String,
    /// Initials, for datelines.
    pub tag: String,
    pub section: &'static str,
    /// Curly quotes and apostrophes; a few articles of every outlet still use straight ones.
    pub curly: bool,
    pub dateline: Dateline,
    pub names: NameStyle,
    /// "20 March" rather than "March 20".
    pub uk_dates: bool,
    /// Publication dates carry a time of day.
    pub times: bool,
    /// Scatters "Advertisement" through the text.
    pub adverts: bool,
    pub teasers: bool,
    pub copyright: bool,
    /// Percent of articles that open with a photo caption.
    pub photo_rate: u32,
    /// Words like "says" instead of "said" for some attributions (feature style).
    pub present_tense: bool,
    /// How many articles this outlet writes, relative to the others.
    pub weight: u32,
}

pub fn build_outlets(v: &Vocab, rng: &mut Rng, n: usize) -> Vec<Outlet> {
    let mut out: Vec<Outlet> = Vec::with_capacity(n);
    let mut tries = 0;
    while out.len() < n && tries < n * 50 {
        tries += 1;
        let name = outlet_name(v, rng);
        if out.iter().any(|o| o.name == name) {
            continue;
        }
        let tag: String = name
            .split_whitespace()
            .filter(|w| *w != "The")
            .filter_map(|w| w.chars().next())
            .collect::<String>()
            .to_uppercase();
        let tag = if tag.len() < 2 {
            name.to_uppercase().chars().take(3).collect()
        } else {
            tag
        };
        let stem: String = name
            .to_lowercase()
            .trim_start_matches("the ")
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let tld = ["com", "com", "com", "net", "org", "co.uk", "news", "info"][rng.below(8)];
        let rank = out.len() as u32;
        out.push(Outlet {
            domain: format!("www.{stem}.{tld}"),
            tag,
            section: rng.pick(&v.sections).copied().unwrap_or("news"),
            curly: rng.chance(60),
            dateline: [Dateline::None, Dateline::Agency, Dateline::City][rng.weighted(&[5, 2, 3])],
            names: NameStyle {
                honorific: rng.chance(30),
                variant: rng.chance(20),
            },
            uk_dates: rng.chance(20),
            times: rng.chance(45),
            adverts: rng.chance(25),
            teasers: rng.chance(45),
            copyright: rng.chance(50),
            photo_rate: [0, 20, 45, 70][rng.below(4)],
            present_tense: rng.chance(15),
            // A long tail: a few outlets write much of the coverage.
            weight: 1 + 120 / (rank + 2),
            name,
        });
    }
    out
}

fn outlet_name(v: &Vocab, rng: &mut Rng) -> String {
    let pick = |rng: &mut Rng, list: &[&'static str]| rng.pick(list).copied().unwrap_or("Daily");
    match rng.weighted(&[3, 2, 4, 1]) {
        0 => format!(
            "The {} {}",
            pick(rng, &v.outlet_places),
            pick(rng, &v.outlet_nouns)
        ),
        1 => format!(
            "{} {}",
            pick(rng, &v.outlet_places),
            pick(rng, &v.outlet_nouns)
        ),
        2 => format!(
            "{} {}",
            pick(rng, &v.outlet_brands),
            pick(rng, &v.outlet_nouns)
        ),
        _ => {
            let letters: String = (0..3)
                .map(|_| char::from(b'A' + rng.below(26) as u8))
                .collect();
            format!(
                "{letters} {}",
                ["News", "World", "Today", "Wire"][rng.below(4)]
            )
        }
    }
}
