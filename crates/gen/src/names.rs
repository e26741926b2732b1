//! Invented people and the ways news prose refers to them: a full first mention with the role
//! ("Valdorian Foreign Minister Ana Petrova", "Ana Petrova, the Valdorian foreign minister,"),
//! then the surname, an honorific ("Ms. Petrova") or the role ("the foreign minister"); and the
//! transliteration variants ("Petrowa") that some outlets use.

use super::rng::Rng;

/// One invented person.
#[derive(Clone, Debug)]
pub struct Person {
    pub given: &'static str,
    pub surname: &'static str,
    /// Another spelling of the surname, used by the outlets that transliterate differently.
    pub variant: Option<String>,
    pub female: bool,
    /// The title written before the name ("Foreign Minister"); empty for people without one.
    pub pre: String,
    /// What they are: "foreign minister" for officials (after "the"), or a full noun phrase
    /// with its article for others ("an analyst at the Centre for Valdorian Studies").
    pub post: String,
    /// Officials get a title and role references; others only an apposition.
    pub official: bool,
    pub demonym: Option<&'static str>,
    /// What they say in this story (straight marks; outlets may curl them).
    pub quotes: Vec<String>,
}

/// Where a mention sits in its sentence, which decides the commas of an apposition.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pos {
    /// Followed by a verb: "Ana Petrova, the foreign minister, said".
    Subject,
    /// Followed by the end of the sentence or a comma: "said Ana Petrova, the foreign minister."
    Final,
    /// Inside a clause: no apposition.
    Inner,
}

/// How one outlet writes names.
#[derive(Clone, Copy, Debug)]
pub struct NameStyle {
    pub honorific: bool,
    pub variant: bool,
}

impl Person {
    /// The surname as this outlet spells it.
    pub fn surname_in(&self, style: NameStyle) -> &str {
        match (&self.variant, style.variant) {
            (Some(v), true) => v,
            _ => self.surname,
        }
    }

    pub fn pronoun(&self) -> &'static str {
        if self.female { "she" } else { "he" }
    }

    /// Writes a mention of this person: the full form when `first`, a short one after.
    pub fn mention(
        &self,
        style: NameStyle,
        first: bool,
        pos: Pos,
        rng: &mut Rng,
        out: &mut String,
    ) {
        let sur = self.surname_in(style);
        if first {
            let apposition = pos != Pos::Inner && (!self.official || rng.chance(30));
            if apposition {
                push_all(out, &[self.given, " ", sur, ", "]);
                if self.official {
                    out.push_str("the ");
                    if let Some(d) = self.demonym.filter(|_| rng.chance(60)) {
                        push_all(out, &[d, " "]);
                    }
                }
                out.push_str(&self.post);
                if pos == Pos::Subject {
                    out.push(',');
                }
                return;
            }
            if self.official {
                if let Some(d) = self.demonym.filter(|_| rng.chance(55)) {
                    push_all(out, &[d, " "]);
                }
                push_all(out, &[&self.pre, " "]);
            }
            push_all(out, &[self.given, " ", sur]);
            return;
        }
        let roll = rng.below(100);
        if self.official && pos != Pos::Inner && roll < 12 {
            out.push_str("the ");
            if let Some(d) = self.demonym.filter(|_| roll < 5) {
                push_all(out, &[d, " "]);
            }
            out.push_str(&self.post);
        } else if style.honorific {
            push_all(out, &[if self.female { "Ms. " } else { "Mr. " }, sur]);
        } else {
            out.push_str(sur);
        }
    }
}

fn push_all(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
}

/// A transliteration variant of `name` that differs in one spot ("Petrova" → "Petrowa",
/// "Kaminski" → "Kaminsky", "Yilmaz" → "Yilmas"), or `None` when no rule applies. The first letter is kept, as
/// variants in real coverage rarely change the initial.
pub fn variant(name: &str, rng: &mut Rng) -> Option<String> {
    // Pairs seen between transliterations and house spellings of the same name.
    const RULES: [(&str, &str); 16] = [
        ("v", "w"),
        ("w", "v"),
        ("ski", "sky"),
        ("ov", "off"),
        ("ev", "eff"),
        ("y", "i"),
        ("j", "y"),
        ("sh", "ch"),
        ("ou", "u"),
        ("ai", "ay"),
        ("ts", "tz"),
        ("ph", "f"),
        ("ei", "ey"),
        ("kh", "h"),
        ("z", "s"),
        ("c", "k"),
    ];
    let candidates: Vec<(usize, &str, &str)> = RULES
        .iter()
        .filter_map(|&(from, to)| {
            // Only after the first letter, and only whole ASCII sequences (char boundaries).
            name.get(1..)?.find(from).map(|at| (at + 1, from, to))
        })
        .collect();
    let &(at, from, to) = rng.pick(&candidates)?;
    let mut out = String::with_capacity(name.len() + 2);
    out.push_str(&name[..at]);
    out.push_str(to);
    out.push_str(&name[at + from.len()..]);
    Some(out)
}

/// "a" or "an" for a noun phrase, by its first letter (good enough for our vocabulary).
pub fn article_for(phrase: &str) -> &'static str {
    match phrase.bytes().next() {
        Some(b'a' | b'e' | b'i' | b'o' | b'u' | b'A' | b'E' | b'I' | b'O' | b'U') => "an",
        _ => "a",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minister() -> Person {
        Person {
            given: "Ana",
            surname: "Petrova",
            variant: Some("Petrowa".into()),
            female: true,
            pre: "Foreign Minister".into(),
            post: "foreign minister".into(),
            official: true,
            demonym: Some("Valdorian"),
            quotes: Vec::new(),
        }
    }

    #[test]
    fn variants_change_one_spot_after_the_initial() {
        let mut rng = Rng::new(5);
        for name in ["Petrova", "Kovalenko", "Yilmaz", "Wiśniewska"] {
            let v = variant(name, &mut rng).expect("a rule applies");
            assert_ne!(v, name);
            assert_eq!(v.chars().next(), name.chars().next());
            assert!(v.len().abs_diff(name.len()) <= 1, "{name} -> {v}");
        }
        assert_eq!(variant("Lamb", &mut rng), None);
    }

    #[test]
    fn first_mentions_carry_the_role_and_later_ones_are_short() {
        let p = minister();
        let plain = NameStyle {
            honorific: false,
            variant: false,
        };
        let mut rng = Rng::new(1);
        for _ in 0..50 {
            let mut first = String::new();
            p.mention(plain, true, Pos::Subject, &mut rng, &mut first);
            assert!(first.contains("Ana Petrova"), "{first}");
            assert!(first.contains("oreign minister") || first.contains("Foreign Minister"));
            let mut inner = String::new();
            p.mention(plain, true, Pos::Inner, &mut rng, &mut inner);
            assert!(!inner.contains(','), "{inner}");
        }
        let style = NameStyle {
            honorific: true,
            variant: true,
        };
        let mut later = String::new();
        p.mention(style, false, Pos::Inner, &mut rng, &mut later);
        assert_eq!(later, "Ms. Petrowa");
        assert_eq!(article_for("analyst"), "an");
    }
}
