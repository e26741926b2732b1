//! Sentence templates: the asset files write sentences with `{slot}`s (filled by the article
//! writer: people, places, dates) and `[one|another|]` alternations (chosen at random), so a few
//! hundred lines of templates give many thousand distinct sentences.

use super::rng::Rng;

/// What a `{slot}` in a template asks for. Unknown names stay literal text (and a unit test
/// checks that no asset uses one), so an asset typo can never panic.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Slot {
    /// The sentence's subject, as the article refers to them at this point.
    A,
    /// A second person (counterpart, critic).
    B,
    /// Surnames only, for headlines.
    ASur,
    BSur,
    City,
    City2,
    Country,
    Country2,
    Country3,
    Dem,
    Dem2,
    Dem3,
    Org,
    Org2,
    Org3,
    Topic,
    Topic2,
    /// A small number written out ("three").
    Num,
    /// A count with thousands separators ("1,240").
    Count,
    Pct,
    /// The name of the month before the publication month.
    Month,
    Year,
    /// A year a few years before the story ("since 2019").
    YearMinus,
    /// A weekday shortly before the publication date (past tense only).
    Weekday,
    /// The name of the outlet publishing the article.
    Outlet,
    /// A short evaluative phrase, used as a scare quote.
    Frag,
    /// The date expression of the sentence's event ("on Monday", "will ... on March 3").
    When,
    /// The event's noun ("the talks").
    Event,
}

impl Slot {
    fn from_name(name: &str) -> Option<Slot> {
        Some(match name {
            "A" => Slot::A,
            "B" => Slot::B,
            "As" => Slot::ASur,
            "Bs" => Slot::BSur,
            "city" => Slot::City,
            "city2" => Slot::City2,
            "country" => Slot::Country,
            "country2" => Slot::Country2,
            "country3" => Slot::Country3,
            "dem" => Slot::Dem,
            "dem2" => Slot::Dem2,
            "dem3" => Slot::Dem3,
            "org" => Slot::Org,
            "org2" => Slot::Org2,
            "org3" => Slot::Org3,
            "topic" => Slot::Topic,
            "topic2" => Slot::Topic2,
            "num" => Slot::Num,
            "count" => Slot::Count,
            "pct" => Slot::Pct,
            "month" => Slot::Month,
            "year" => Slot::Year,
            "year_minus" => Slot::YearMinus,
            "weekday" => Slot::Weekday,
            "outlet" => Slot::Outlet,
            "frag" => Slot::Frag,
            "when" => Slot::When,
            "event" => Slot::Event,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug)]
enum Piece {
    Lit(&'static str),
    Slot(Slot),
    Alt(Vec<Template>),
}

/// A parsed template. Parsing happens once per run; rendering only appends to a `String`.
#[derive(Clone, Debug, Default)]
pub struct Template {
    pieces: Vec<Piece>,
}

/// Supplies slot values (and the randomness for alternations) while a template renders.
pub trait Filler {
    fn rng(&mut self) -> &mut Rng;
    fn fill(&mut self, slot: Slot, out: &mut String);
}

impl Template {
    pub fn parse(src: &'static str) -> Template {
        let mut pieces = Vec::new();
        let mut rest = src;
        while !rest.is_empty() {
            let Some(at) = rest.find(['{', '[']) else {
                pieces.push(Piece::Lit(rest));
                break;
            };
            if at > 0 {
                pieces.push(Piece::Lit(&rest[..at]));
            }
            let open = rest.as_bytes()[at];
            let close = if open == b'{' { '}' } else { ']' };
            let Some(len) = rest[at..].find(close) else {
                pieces.push(Piece::Lit(&rest[at..]));
                break;
            };
            let inner = &rest[at + 1..at + len];
            let whole = &rest[at..=at + len];
            pieces.push(if open == b'{' {
                Slot::from_name(inner).map_or(Piece::Lit(whole), Piece::Slot)
            } else {
                Piece::Alt(inner.split('|').map(Template::parse).collect())
            });
            rest = &rest[at + len + 1..];
        }
        Template { pieces }
    }

    pub fn render(&self, out: &mut String, f: &mut impl Filler) {
        for p in &self.pieces {
            match p {
                Piece::Lit(s) => out.push_str(s),
                Piece::Slot(s) => f.fill(*s, out),
                Piece::Alt(alts) => {
                    let i = f.rng().below(alts.len());
                    if let Some(t) = alts.get(i) {
                        t.render(out, f);
                    }
                }
            }
        }
    }

    /// Whether the template opens with a lower-case letter (a headline that needs a subject).
    pub fn starts_lowercase(&self) -> bool {
        matches!(self.pieces.first(), Some(Piece::Lit(s)) if s.starts_with(|c: char| c.is_ascii_lowercase()))
    }

    /// Whether the template uses `slot` anywhere (in any alternative).
    #[cfg(test)]
    pub fn uses(&self, slot: Slot) -> bool {
        self.pieces.iter().any(|p| match p {
            Piece::Slot(s) => *s == slot,
            Piece::Alt(alts) => alts.iter().any(|t| t.uses(slot)),
            Piece::Lit(_) => false,
        })
    }

    /// Literal `{name}`s that are not known slots (asset typos), for the tests.
    #[cfg(test)]
    pub fn unknown_slots(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        for p in &self.pieces {
            match p {
                Piece::Lit(s) if s.starts_with('{') || s.starts_with('[') => out.push(*s),
                Piece::Alt(alts) => alts.iter().for_each(|t| out.extend(t.unknown_slots())),
                _ => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Names(Rng);
    impl Filler for Names {
        fn rng(&mut self) -> &mut Rng {
            &mut self.0
        }
        fn fill(&mut self, slot: Slot, out: &mut String) {
            out.push_str(if slot == Slot::City { "Oskarhavn" } else { "X" });
        }
    }

    #[test]
    fn fills_slots_and_picks_among_alternatives() {
        let t = Template::parse("In {city}, {A} [said|noted|] it [was {frag}|mattered].");
        assert!(t.uses(Slot::Frag) && t.uses(Slot::City) && !t.uses(Slot::B));
        let mut seen = std::collections::HashSet::new();
        let mut f = Names(Rng::new(3));
        for _ in 0..200 {
            let mut s = String::new();
            t.render(&mut s, &mut f);
            assert!(s.starts_with("In Oskarhavn, X "));
            seen.insert(s);
        }
        assert_eq!(seen.len(), 6);
    }

    #[test]
    fn keeps_unknown_or_unclosed_markup_as_text() {
        let t = Template::parse("a {nope} b [c");
        assert_eq!(t.unknown_slots(), vec!["{nope}", "[c"]);
        let mut s = String::new();
        t.render(&mut s, &mut Names(Rng::new(1)));
        assert_eq!(s, "a {nope} b [c");
    }
}
