//! Quote paragraphs with the attribution patterns of news prose: `"...," X said.`,
//! `"...," said X.`, `X said: "..."`, split quotes (`"...," X said. "..."`), several sentences
//! in one quote, "he added", "according to X", scare-quoted fragments, nested quotes, and a
//! speaker introduced in the sentence before. Marks are written straight; outlets that print
//! curly marks get them from the typographer's pass at the end.

use super::article::Writer;
use super::dates::phrase;
use super::names::Pos;

/// Wording an outlet may change when it quotes the same words (contractions, dropped words),
/// so that compare finds the same quote worded differently.
const REWORDINGS: [(&str, &str); 10] = [
    ("We will ", "We'll "),
    ("we will ", "we'll "),
    ("do not ", "don't "),
    ("cannot ", "can't "),
    ("It is ", "It's "),
    ("I am ", "I'm "),
    ("We have ", "We've "),
    ("very ", ""),
    ("really ", ""),
    ("is not ", "isn't "),
];

impl Writer<'_> {
    /// One of the speaker's lines not yet quoted in this article (sometimes reworded by this
    /// outlet), or a fresh line once they are used up.
    fn line_of(&mut self, who: usize) -> String {
        let world = self.world;
        let lines = world.people.get(who).map_or(&[][..], |p| &p.quotes[..]);
        let unused: Vec<usize> = (0..lines.len())
            .filter(|&i| !self.used_lines.contains(&(who, i)))
            .collect();
        let mut q = match self.rng.pick(&unused) {
            Some(&i) => {
                self.used_lines.push((who, i));
                lines[i].clone()
            }
            None => {
                let mut fresh = String::new();
                if let Some(t) = self.rng.pick(&self.v.quotes) {
                    t.render(&mut fresh, self);
                }
                fresh
            }
        };
        if self.rng.chance(20)
            && let Some((from, to)) = REWORDINGS.iter().find(|(f, _)| q.contains(f))
        {
            q = q.replacen(from, to, 1);
        }
        q
    }

    /// A quote paragraph by `who`.
    pub fn quote_paragraph(&mut self, who: usize) {
        let q = self.line_of(who);
        let follow_up = self.last_speaker == Some(who);
        let pronoun = self.world.people.get(who).map_or("they", |p| p.pronoun());
        let said = if self.outlet.present_tense && self.rng.chance(60) {
            "says"
        } else {
            "said"
        };
        let mut s = String::with_capacity(400);
        let pattern = if follow_up { 100 } else { self.rng.below(100) };
        match pattern {
            0..22 => {
                push_open(&mut s, &q);
                self.mention(who, Pos::Subject, &mut s);
                s.push(' ');
                s.push_str(self.verb(said));
                self.tail(&mut s);
            }
            22..34 => {
                push_open(&mut s, &q);
                s.push_str(said);
                s.push(' ');
                self.mention(who, Pos::Final, &mut s);
                s.push('.');
            }
            34..42 => {
                self.mention(who, Pos::Subject, &mut s);
                s.push(' ');
                s.push_str(said);
                s.push_str(if self.rng.chance(50) { ": \"" } else { ", \"" });
                s.push_str(&q);
                s.push('"');
            }
            42..52 => {
                // A split quote: "First part," X said. "Second part."
                let q2 = self.line_of(who);
                push_open(&mut s, &q);
                self.mention(who, Pos::Subject, &mut s);
                s.push(' ');
                s.push_str(said);
                s.push_str(". \"");
                s.push_str(&q2);
                if self.rng.chance(40) {
                    s.push(' ');
                    s.push_str(&self.line_of(who));
                }
                s.push('"');
            }
            52..59 => {
                // Several sentences in one quote.
                let both = format!("{q} {}", self.line_of(who));
                push_open(&mut s, &both);
                self.mention(who, Pos::Subject, &mut s);
                s.push(' ');
                s.push_str(self.verb(said));
                s.push('.');
            }
            59..66 => {
                s.push_str("according to ");
                self.mention(who, Pos::Final, &mut s);
                s.push_str(", ");
                self.push_topic(&mut s);
                s.push_str(" was \"");
                self.push_frag(&mut s);
                s.push_str(".\"");
            }
            66..72 => {
                self.mention(who, Pos::Subject, &mut s);
                let called = self.rng.chance(50);
                s.push_str(if called { " called " } else { " described " });
                self.push_topic(&mut s);
                s.push_str(if called { " \"" } else { " as \"" });
                self.push_frag(&mut s);
                s.push_str(if self.rng.chance(50) {
                    "\" and \""
                } else {
                    "\" but \""
                });
                self.push_frag(&mut s);
                s.push_str("\".");
            }
            72..78 => {
                // The speaker named first, the quote on its own.
                self.mention(who, Pos::Subject, &mut s);
                let mood = [
                    "was blunt",
                    "was more cautious",
                    "was defiant",
                    "struck a different tone",
                    "went further",
                ];
                s.push(' ');
                s.push_str(mood[self.rng.below(mood.len())]);
                s.push_str(". \"");
                s.push_str(&q);
                s.push('"');
            }
            78..84 => {
                self.mention(who, Pos::Subject, &mut s);
                s.push_str(if self.rng.chance(50) {
                    " wrote on social media: \""
                } else {
                    " said in a statement: \""
                });
                s.push_str(&q);
                s.push('"');
            }
            84..88 => {
                // A quote inside the quote.
                s.push_str("\"When they talk about '");
                self.push_frag(&mut s);
                s.push_str("', they mean something else,\" ");
                self.mention(who, Pos::Subject, &mut s);
                s.push(' ');
                s.push_str(said);
                s.push_str(". \"");
                s.push_str(&q);
                s.push('"');
            }
            88..100 => {
                // Attributed with a time: `"...," X said on Monday.`
                push_open(&mut s, &q);
                self.mention(who, Pos::Subject, &mut s);
                s.push_str(" said ");
                let back = self.rng.range(0, 2) as i64;
                let day = self.published.add_days(-back);
                phrase(
                    self.published,
                    day,
                    false,
                    self.outlet.uk_dates,
                    false,
                    &mut self.rng,
                    &mut s,
                );
                s.push('.');
            }
            _ => {
                // The same speaker again: "..." he added.
                push_open(&mut s, &q);
                s.push_str(pronoun);
                s.push_str([" added.", " said.", " continued.", " added."][self.rng.below(4)]);
                if s.ends_with("said.") && self.rng.chance(40) {
                    s.push_str(" \"");
                    s.push_str(&self.line_of(who));
                    s.push('"');
                }
            }
        }
        let mut para = String::new();
        Writer::push_sentence(&mut para, s);
        self.add_advert(&mut para);
        self.paragraph_of(&para);
        self.last_speaker = Some(who);
    }

    fn verb(&mut self, said: &'static str) -> &'static str {
        match self.rng.below(100) {
            0..8 => "added",
            8..13 => "told reporters",
            13..17 => "warned",
            17..21 => "insisted",
            _ => said,
        }
    }

    /// Where a quote was said, after the verb (or nothing).
    fn tail(&mut self, s: &mut String) {
        let city = self.story.city;
        match self.rng.below(10) {
            0 => {
                s.push_str(" at a news conference in ");
                s.push_str(city);
            }
            1 => s.push_str(" in a televised address"),
            2 => {
                s.push_str(" in an interview with ");
                let o = self.rng.below(self.world.outlets.len());
                s.push_str(&self.world.outlets[o].name);
            }
            _ => {}
        }
        s.push('.');
    }

    fn push_topic(&mut self, s: &mut String) {
        let t = self
            .rng
            .pick(&self.story.topics)
            .map_or("the plan", String::as_str);
        s.push_str(t);
    }

    fn push_frag(&mut self, s: &mut String) {
        let list = if self.rng.chance(60) {
            &self.kind.frags
        } else {
            &self.v.fragments
        };
        s.push_str(self.rng.pick(list).copied().unwrap_or("premature"));
    }
}

/// `"quote," ` — the quote opened and closed before an attribution: a final full stop becomes
/// a comma; a question or exclamation keeps its mark.
fn push_open(s: &mut String, q: &str) {
    s.push('"');
    match q.strip_suffix('.') {
        Some(body) => {
            s.push_str(body);
            s.push(',');
        }
        None => s.push_str(q),
    }
    s.push_str("\" ");
}
