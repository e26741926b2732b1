//! The story's own sentences: dated event reports in the past or future tense ("Petrova arrived
//! in Korvath on Monday", "The two will meet on Thursday", "Halvorsen said he would sign the
//! accord next week") and background sentences from the templates.

use super::article::Writer;
use super::dates::phrase;
use super::names::Pos;

/// Verbs of prediction for future events.
const WILL: [&str; 6] = [
    "will",
    "is expected to",
    "is due to",
    "is set to",
    "is scheduled to",
    "plans to",
];
/// Who reports a past event.
const SOURCES: [&str; 6] = [
    "officials said",
    "state media reported",
    "according to local media",
    "a spokesperson said",
    "witnesses said",
    "news agencies reported",
];

impl Writer<'_> {
    /// One sentence reporting event `i` of the story, dated against the publication day.
    pub fn event_sentence(&mut self, i: usize) -> String {
        let mut s = String::with_capacity(160);
        let Some(e) = self.story.events.get(i) else {
            return s;
        };
        let Some(spec) = self.kind.events.get(e.spec) else {
            return s;
        };
        let d = e.date.days() - self.published.days();
        let future = d > 0 || (d == 0 && self.early_edition && self.story.foreseen(e));
        if let Some(n) = self.event_mentions.get_mut(i) {
            *n = n.saturating_add(1);
        }
        // Now and then a source gets the day wrong by one (the timeline's conflicts), never so
        // wrong that the tense would change.
        let shift = if self.rng.chance(50) { -1 } else { 1 };
        let date = if d.abs() <= 6 && (d + shift).signum() == d.signum() && self.rng.chance(3) {
            e.date.add_days(shift)
        } else {
            e.date
        };
        (self.a, self.b, self.event_noun) = (e.subject, e.object, spec.noun);
        let form = self.rng.below(100);
        let initial = form < 25;
        self.when.clear();
        let mut when = std::mem::take(&mut self.when);
        phrase(
            self.published,
            date,
            future,
            self.outlet.uk_dates,
            initial,
            &mut self.rng,
            &mut when,
        );
        self.when = when;
        let clause = if future { &spec.base } else { &spec.past };
        if initial {
            // "On Monday, Petrova arrived in Korvath."
            s.push_str(&self.when);
            s.push_str(", ");
            self.mention(e.subject, Pos::Subject, &mut s);
            s.push(' ');
            if future {
                s.push_str("will ");
            }
            clause.render(&mut s, self);
        } else if future && form < 40 {
            // "The accord is scheduled for Thursday."
            s.push_str("the ");
            s.push_str(spec.noun);
            let plural = spec.noun.ends_with('s') && !spec.noun.ends_with("ss");
            s.push_str(if plural { " are " } else { " is " });
            s.push_str(["scheduled", "planned", "expected", "set"][self.rng.below(4)]);
            let when = self.when.strip_prefix("on ").unwrap_or(&self.when);
            s.push_str(" for ");
            s.push_str(when);
        } else if future && form < 55 {
            // "Petrova said she would sign the accord on Thursday."
            self.mention(e.subject, Pos::Subject, &mut s);
            let pronoun = self
                .world
                .people
                .get(e.subject)
                .map_or("they", |p| p.pronoun());
            s.push_str(if self.outlet.present_tense {
                " says "
            } else {
                " said "
            });
            s.push_str(pronoun);
            s.push_str(" would ");
            clause.render(&mut s, self);
            s.push(' ');
            s.push_str(&self.when);
        } else {
            self.mention(e.subject, Pos::Subject, &mut s);
            s.push(' ');
            if future {
                s.push_str(WILL[self.rng.below(WILL.len())]);
                s.push(' ');
            }
            clause.render(&mut s, self);
            s.push(' ');
            s.push_str(&self.when);
            if !future && form >= 80 {
                s.push_str(", ");
                s.push_str(SOURCES[self.rng.below(SOURCES.len())]);
            }
        }
        s.push('.');
        s
    }

    /// A background sentence, from the story's kind or the general stock, one the article has
    /// not used yet if a few draws find one.
    pub fn background_sentence(&mut self) -> String {
        let mut s = String::with_capacity(160);
        let (own, general) = (&self.kind.background, &self.v.background);
        let mut i = 0;
        for _ in 0..6 {
            i = if self.rng.chance(35) {
                self.rng.below(own.len())
            } else {
                own.len() + self.rng.below(general.len())
            };
            if !self.used_background.contains(&i) {
                break;
            }
        }
        self.used_background.push(i);
        let t = own.get(i).or_else(|| general.get(i - own.len().min(i)));
        if let Some(t) = t {
            t.render(&mut s, self);
        }
        s
    }

    /// The event to report next: a known one reported least so far (at most twice), if any.
    pub fn next_event(&mut self, known: &[usize]) -> Option<usize> {
        let least = known.iter().map(|&i| self.event_mentions[i]).min()?;
        if least >= 2 {
            return None;
        }
        let candidates: Vec<usize> = known
            .iter()
            .copied()
            .filter(|&i| self.event_mentions[i] == least)
            .collect();
        self.rng.pick(&candidates).copied()
    }
}
